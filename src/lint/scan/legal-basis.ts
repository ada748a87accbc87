// The legal bases the payment rules cite in their metadata (kept in this one module so that it can
// move to the project's list of legal bases whole).
export const LEGAL_BASIS = {
  l441_10: {
    code: "Code de commerce",
    article: "L441-10",
    source: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038414392",
    inForce: { from: "2019-04-26" },
  },
  l441_6: {
    code: "Code de commerce",
    article: "L441-6 I (numérotation antérieure à l'ordonnance n° 2019-359)",
    source: "Loi n° 2008-776 du 4 août 2008 de modernisation de l'économie ; ordonnance n° 2019-359 du 24 avril 2019",
    inForce: { from: "2009-01-01", to: "2019-04-25" },
  },
  d441_5: {
    code: "Code de commerce",
    article: "D441-5",
    source: "Décret n° 2012-1115 du 2 octobre 2012 (JORF du 4 octobre 2012)",
    inForce: { from: "2013-01-01" },
  },
  l441_9: {
    code: "Code de commerce",
    article: "L441-9",
    source: "Ordonnance n° 2019-359 du 24 avril 2019",
    inForce: { from: "2019-10-01" },
  },
  l441_1: {
    code: "Code de commerce",
    article: "L441-1",
    source: "Ordonnance n° 2019-359 du 24 avril 2019",
    inForce: { from: "2019-04-26" },
  },
  legalRate: {
    code: "Code monétaire et financier",
    article: "L313-2 et D313-1-A (taux de l'intérêt légal semestriel)",
    source: "Ordonnance n° 2014-947 du 20 août 2014 ; décret n° 2014-1115 du 2 octobre 2014",
    inForce: { from: "2015-01-01" },
  },
  lme: {
    code: "Loi n° 2008-776 du 4 août 2008 de modernisation de l'économie (LME)",
    article: "C. com. L441-6 modifié : trois fois le taux d'intérêt légal au lieu d'une fois et demie",
    source: "Loi n° 2008-776 du 4 août 2008",
    inForce: { from: "2009-01-01" },
  },
  directive: (article: string) => ({
    code: "Directive 2011/7/UE (retards de paiement)",
    article,
    source: "https://eur-lex.europa.eu/eli/dir/2011/7/oj",
    // The date by which Member States had to transpose it.
    inForce: { from: "2013-03-16" },
  }),
  lu2004: (article: string) => ({
    code: "Loi (LU) du 18 avril 2004 relative aux délais de paiement et aux intérêts de retard, modifiée par la loi du 29 mars 2013",
    article,
    source: "https://legilux.public.lu/eli/etat/leg/loi/2013/03/29/n5/jo (Mémorial A n° 67 du 11 avril 2013)",
    inForce: { from: "2013-04-11" },
  }),
} as const;
