// The audience of a prose text, from its own words (docs/scope.md): a sentence that scopes the terms
// to one audience wins (« s'appliquent exclusivement aux professionnels »); else consumer markers
// (consommateur, droit de rétractation, …) and professional ones (« entre professionnels », the
// 40 € indemnity, the ECB rate plus points, …): both kinds, or a rule for one kind of client (« si le
// Client est un consommateur »), make "mixed"; else weaker hints of one kind
// (prices before tax, invoice terms, a stamped order; a basket, a service at home). A consumer marker
// in a negative sentence, a professional one in a negative clause, does not count; glossary words are hints.
import type { Audience } from "../types.js";
import { findAll, flexible, fold } from "../scan/text.js";
import type { Span } from "../scan/sentences.js";
import { clues, SentenceIndex, strongest, type Evidence } from "./evidence.js";
import { BULK_TRADE, CASH, FIRM, HOUSEHOLD, PRICES_BEFORE_TAX, PRICES_WITH_TAX, SESSION } from "./trade.js";

export interface AudienceInference {
  audience?: Audience;
  /** The scope sentence's words; or the first marker of each kind found (a consumer one, then a professional one, for "mixed"). */
  evidence: Evidence[];
  /**
   * No word nor hint of a professional client at all (audience undefined): published terms that never mention a
   * business are a consumer's, presumed "b2c", not read from the text (src/lint/scope/resolve.ts says so in the scope note).
   */
  presumed?: Audience;
}

// « s'appliquent exclusivement aux professionnels », « réservées aux consommateurs », « destinées uniquement à des clients
// professionnels », « réservé aux revendeurs », « réservées à notre clientèle professionnelle ».
const EXCLUSIVE = /(?:(?:exclusivement|uniquement|seulement|strictement)(?:\s+(?:destinee?s?|reservee?s?|applicables?|ouverte?s?|proposee?s?))?|reservee?s?|(?:destinee?s?|applicables?|ouverte?s?|proposee?s?)\s+(?:exclusivement|uniquement|seulement))\s+(?:aux|a des|a un|au|a une|a la|a notre|a nos|a leur)\s+(?:clients?\s+|acheteurs?\s+)?(professionnel|consommateur|particulier|non-professionnel|entreprise|revendeur|clientele professionnelle|clientele de particuliers)s?(?![a-z])/;
// « ne s'appliquent pas aux consommateurs », « ne sont pas destinées aux consommateurs »: professionals only.
// « à l'exclusion des consommateurs », « les particuliers ne sont pas admis »: the same.
const EXCLUDES_CONSUMERS = /(?:ne\s+s'appliqu\w*|ne\s+(?:sont|est)\s+(?:pas\s+)?(?:applicables?|destinee?s?|ouverte?s?))\s+(?:pas\s+)?(?:aux|a des)\s+(?:consommateurs|particuliers|non-professionnels)(?![a-z])|(?<![a-z])a l'exclusion des (?:consommateurs|particuliers|non-professionnels)(?![a-z])|(?<![a-z])(?:les )?(?:consommateurs|particuliers) ne (?:sont|peuvent) pas (?:admis|acceptes|autorises|commander|s'inscrire|souscrire)(?![a-z])/;
// A scope phrase naming both audiences (« que le Client soit professionnel ou consommateur », « ne
// s'adressent qu'aux entreprises et aux particuliers », « tout professionnel … ou étudiant »): terms for both.
// Students are named as the consumers of a trade's tools: they buy for their studies, not for a business.
const PRO_WORD = String.raw`(?:professionnel|entreprise|commercant|artisan)s?`;
const CONSUMER_WORD = String.raw`(?:consommateur|particulier|non-professionnel|etudiant)s?`;
const BOTH_SCOPES = [
  new RegExp(String.raw`(?:qu'il|qu'elle|qu'ils|que le client|que l'acheteur|que l'abonne|que celui-ci)\s+(?:soit|soient|agisse)\s+(?:un\s+|des\s+)?(?:${PRO_WORD}\s+ou\s+(?:un\s+|des\s+)?${CONSUMER_WORD}|${CONSUMER_WORD}\s+ou\s+(?:un\s+|des\s+)?${PRO_WORD})(?![a-z])`),
  new RegExp(String.raw`(?:aux|a des|(?<![a-z])(?:tous les|tout|toute))\s+(?:clients?\s+)?(?:${PRO_WORD}[^.;:\n]{0,40}?\s+(?:et|ou|comme)\s+(?:aux\s+|a des\s+|des\s+)?(?:clients?\s+)?${CONSUMER_WORD}|${CONSUMER_WORD}[^.;:\n]{0,40}?\s+(?:et|ou|comme)\s+(?:aux\s+|a des\s+|des\s+)?(?:clients?\s+)?${PRO_WORD})(?![a-z])`),
  // The client defined as either kind (« Client : toute personne physique ou morale, particulier ou professionnel », « le
  // terme Client désigne indifféremment un consommateur ou un professionnel », « le Client est une entreprise ou un
  // particulier »): the definition says whom the terms serve.
  new RegExp(String.raw`(?<![a-z])(?:client|acheteur|utilisateur|abonne|souscripteur)s?\W{0,6}(?::|,|designe|s'entend(?: de)?|(?:peut|peuvent) etre|est|sont)\s*(?:[^.;:\n]{0,60}?,\s*|(?:indifferemment|aussi bien|soit)\s+)?(?:un\s+|une\s+|des\s+)?(?:${PRO_WORD}\s+ou\s+(?:un\s+|des\s+)?${CONSUMER_WORD}|${CONSUMER_WORD}\s+ou\s+(?:un\s+|des\s+)?${PRO_WORD})(?![a-z])`),
  // The client named with both kinds as its adjectives (« toute commande passée par un client professionnel ou
  // particulier », « l'acheteur particulier ou entreprise »): the terms serve both.
  new RegExp(String.raw`(?<![a-z])(?:clients?|acheteurs?|acquereurs?|utilisateurs?|abonnes?|souscripteurs?)\s+(?:${PRO_WORD}\s+ou\s+${CONSUMER_WORD}|${CONSUMER_WORD}\s+ou\s+${PRO_WORD})(?![a-z])`),
  // A client acting for its business or not (« toute personne physique ou morale, professionnelle ou non », « agissant ou
  // non à des fins professionnelles », « à titre professionnel ou privé »): the same both kinds, said by the purpose.
  /(?:clients?|acheteurs?|utilisateurs?|abonnes?|souscripteurs?|personnes? (?:physiques? ou morales?|morales? ou physiques?)|qu'il|qu'elle)[^.;:\n]{0,30}?(?:professionnel(?:le)?s?|a (?:des )?fins professionnelles|a titre professionnel)\s+ou non(?![a-z])|(?<![a-z])(?:agissant|agisse|agit|agir|agissent)\s+ou non\s+(?:a des fins professionnelles|a titre professionnel|en (?:qualite de|tant que) professionnel|dans le cadre de (?:son|leur) activite professionnelle)|(?<![a-z])a des fins professionnelles ou non professionnelles|(?<![a-z])a titre professionnel ou (?:prive|personnel|non professionnel)(?![a-z])|(?<![a-z])a titre (?:prive|personnel) ou professionnel(?![a-z])/,
];

// The parties' categories on a platform or in a club (« les membres particuliers », « utilisateurs professionnels », « compte
// particulier »): with a kind, they name who the terms serve, as « client particulier » does.
const USER_CATEGORY = String.raw`utilisateurs?|membres?|comptes?|abonnes?|annonceurs?|hotes?|adherents?|inscrits?`;

// « les particuliers », « client particulier », not « en particulier ». A category of users or accounts (« les membres
// particuliers », « un compte particulier ») names private persons among the parties too (round T14).
const PRIVATE_CATEGORY = new RegExp(String.raw`(?<![a-z])(?:les|des|aux|un|le|au|clients?|acheteurs?|${USER_CATEGORY})\s+particuliers?(?![a-z])`);
// A category denied access to the terms (« … ne peuvent pas commander », « … ne sont pas admis »).
const DENIED_ACCESS = /^\s*(?:ne|n')\s*(?:peu\w+|sont|est|pourront|pourra|doivent|sauraient)\s+(?:pas|en aucun cas)\s+(?:etre\s+)?(?:admis|acceptes?|autorises?|commander|s'inscrire|souscrire|ouvrir|acheter|beneficier|utiliser|acceder|devenir|passer)/;
const CONSUMER = [
  /(?<![a-z])(?:consommateurs?|consommatrices?|non-professionnels?|non professionnels?)(?![a-z])/,
  // The trade's shorthand: « B2C » for consumers (« B2B » is a professional marker).
  /(?<![a-z0-9])b2c(?![a-z0-9])/,
  // Any rule of the Code de la consommation invoked for the client (« conformément au Code de la consommation »):
  // B2B terms name it only to exclude it, and a negative sentence does not count.
  /(?<![a-z])code de la consommation(?![a-z])/,
  // « en tant que particulier », « à titre de particulier »: the client's capacity.
  /(?<![a-z])(?:en tant que|en qualite de|a titre de) (?:simple )?particulier(?![a-z])/,
  PRIVATE_CATEGORY,
  // « droit de rétraction » is a common misspelling of the same right.
  /(?<![a-z])(?:droit|delai|faculte) de retract(?:at)?ion(?![a-z])/,
  // The same right phrased otherwise: « vous rétracter », « formulaire de rétractation », « renoncer à votre achat
  // dans les 14 jours », « sans avoir à justifier de motifs » (C. conso. L221-18).
  /(?<![a-z])(?:(?:se|vous|te) retracter|formulaire (?:type )?de retractation|renoncer a (?:sa|votre|son|leur) (?:commande|achat)|changer d'avis)(?![a-z])/,
  // « sans avoir à justifier de motifs » said of a withdrawal or a return, not of a termination between companies.
  /(?:retract|renonc|retourn)[^.;]{0,80}sans avoir a (?:justifier|motiver|indiquer)/,
  // Goods or services for private life (« pour un usage personnel », « à des fins personnelles », « à titre privé »);
  // not a licence « d'utilisation personnelle » nor a link « pour son usage personnel ».
  /(?:pour|a) (?:un |une |l')(?:usage|utilisation) (?:strictement |exclusivement )?(?:personnel(?!le)|personnelle|privee?|domestique|familiale?)(?![a-z])|(?<![a-z])usage (?:domestique|familial)(?![a-z])|(?<![a-z])fins (?:personnelles|privees|domestiques|familiales)(?![a-z])|(?<![a-z])a titre prive(?![a-z])/,
  // A natural person who pays alone (« personne physique qui finance seule sa formation », « à titre individuel et à ses
  // frais », C. trav. L6353-3): a consumer. « Personne physique ou morale » is how any terms define their client.
  /(?<![a-z])personne physique(?! ou morale)[^.;]{0,60}?(?:(?<![a-z])seule?(?![a-z])|individuellement|a titre (?:individuel|personnel)|a ses (?:propres )?frais)|(?<![a-z])(?:seule?|individuellement),?\s+personne physique(?! ou morale)|a titre individuel et a ses (?:propres )?frais|(?:finance|financent|financant|paie|paye|payant|regle|reglant)\s+(?:seule?|lui-meme|elle-meme|personnellement)\s+(?:sa|son|leur)\s+formation/,
  // Only private persons are minors or adults (« vous devez avoir au moins 18 ans », « être majeur », « l'accord de ses parents »).
  /(?<![a-z])(?:(?:etre|est|soit|etes|suis|sont)\s+(?:majeure?s?|mineure?s?)|(?:age|agee?s?|avoir|avoir au moins|au moins)\s+(?:de\s+)?(?:18|dix-huit) ans|(?:18|dix-huit) ans (?:ou plus|revolus|minimum)|(?:consentement|accord|autorisation)(?: legale?)? (?:de ses|d'un|des|de son|du|de leur|de leurs) (?:parents?|tuteur|representants? legaux?|representant legal|titulaire de l'autorite parentale)|personnes? majeures?|(?:autorisation|accord|consentement) parental(?:e)?)(?![a-z])/,
  /(?<![a-z])(?:mediateur|mediation) de la consommation(?![a-z])/,
  // An offer or a price list named for private persons or associations (« formule particuliers », « tarif associations »):
  // the seller prices for households or non-professionals (C. conso., article liminaire); an offer for firms beside it
  // (PRO_OFFER) makes the terms for both (round T14).
  /(?<![a-z])(?:tarifs?|formules?|offres?|forfaits?|packs?|prix)\s+(?:(?:reserve|dedie|propose)e?s?\s+aux\s+|pour (?:les )?)?(?:particuliers|associations)(?![a-z])/,
  // Private persons dealing between themselves on a platform (« vente entre particuliers », « paiements d'égal à égal »):
  // households on both sides of the deal; not a « réseau peer-to-peer » of software (round T14).
  /(?<![a-z])(?:entre particuliers|de particulier a particulier|(?:paiements?|virements?|transferts?|echanges?|prets?|locations?) (?:d'egal a egal|de pair a pair|peer-to-peer|p2p))(?![a-z])/,
  // A training the trainee pays for himself (« financement personnel », « autofinancée par le participant »): a natural
  // person buying for himself (C. trav. L6353-3), as an employer's or an OPCO's funding is a firm's (round T14).
  /(?<![a-z])(?:financements? (?:personnel|individuel)s?|(?:financee?s?|financement|payee?s?) a titre (?:personnel|individuel)|autofinanc\w*|(?:a titre personnel|individuellement) et a ses (?:propres )?frais)(?![a-z])/,
  // Services that exist for consumers only: the EU's online dispute resolution platform (Reg. 524/2013) and the
  // opposition list against cold calls (C. conso. L223-1, « Bloctel »).
  /(?<![a-z])(?:plateforme (?:europeenne )?de reglement en ligne des litiges|consumers\/odr|europa\.eu\/odr|bloctel|liste d'opposition au demarchage telephonique)(?![a-z])/,
  /(?<![a-z])garantie legale de conformite(?![a-z])/,
  /personne physique agissant a des fins (?:non professionnelles|qui n'entrent pas)/,
  // The client's declared purpose (« l'achat est sans rapport direct avec son activité professionnelle »): a purpose outside
  // any trade is the consumer's definition (C. conso., article liminaire). PRIVATE_PURPOSE below.
  /(?<![a-z])(?:sans (?:aucun )?rapport (?:direct )?avec (?:son|sa|leur|une|toute) activite professionnelle|(?:en dehors|hors) (?:de )?(?:toute|son|leur|sa) activite professionnelle)(?![a-z])/,
  // The client's rights read from the Code de la consommation's articles (« les articles L216-2 et L217-4
  // du Code de la consommation »): rights that only consumers hold (C. conso. art. liminaire).
  /(?<![a-z])articles?\s+l\.?\s?[1-6]\d\d-\d+(?:-\d+)?(?:[^.;]{0,60})?\s+du code de la consommation(?![a-z])/,
];
// « des indépendants, des petites entreprises, des particuliers », « les particuliers paient à la commande ; les
// entreprises … »: both kinds named in one sentence.
// « non-professionnels » are on the consumer side (C. conso., article liminaire), never professionals.
const BOTH = /(?:particuliers|consommateurs)[^.:]{0,100}(?<![a-z-])(?<!non )(?:entreprises|professionnels|independants|commercants|artisans)(?![a-z])|(?<![a-z-])(?<!non )(?:entreprises|professionnels|independants|commercants|artisans)[^.:]{0,100}(?:particuliers|consommateurs)(?![a-z])/;
// « Si le Client est un consommateur, … », « lorsque l'acheteur a la qualité de professionnel »: a rule for one kind of
// client means the terms serve the other kind too.
const CONDITIONAL = /(?<![a-z])(?:si|lorsque|lorsqu'|au cas ou|dans le cas ou|quand|pour le cas ou)\s*(?:le|la|l'|un|une)\s*(?:client|cliente|acheteur|acheteuse|acquereur|abonne|souscripteur|utilisateur|membre|stagiaire|beneficiaire|cocontractant|donneur d'ordre)\s+(?:est|serait|a la qualite d[e']|agit en (?:tant que|qualite de))\s*(?:un |une )?(?:consommateur|consommatrice|particulier|non-professionnel|professionnel|professionnelle|entreprise|commercant)(?![a-z])/;
// A user acting for a firm (« si vous utilisez le service pour le compte d'une entreprise », « un utilisateur qui s'inscrit
// au nom d'une personne morale »): the terms speak to a person and bind a firm too when one is behind him, a rule for one
// kind of client as a conditional is (round T21). Not « pour le compte de la société » (the seller) nor « du vendeur ».
const FOR_A_FIRM = /(?<![a-z])(?:vous|utilisateurs?|clients?|membres?|abonnes?|inscri\w*|utilis\w*)(?![a-z])[^.;]{0,60}?(?<![a-z])(?:pour le compte|au nom) (?:d'une|de votre|de leur|de son|de sa) (?:entreprise|societe|organisation|personne morale|employeur|association|structure)(?![a-z])/;
// A price or an amount « HT » as the ceiling of a liability or a guarantee (« limitée au montant HT payé »): a cap reckoned
// on the price, not a price quoted to firms (round T21).
const CAP_BEFORE = /(?:limitee?s?|plafonnee?s?|exceder|excedera|depasser|depassera)\s+(?:a|au|aux|a la|le|la)?\s*(?:[a-z']+\s+){0,3}$/;
// Who the client is: a professional, a company, a firm with clients and company numbers of its own.
const PRO_IDENTITY = [
  /(?<![a-z])personnes? (?:physiques? ou morales? |morales? ou physiques? )?professionnelles?(?![a-z])/,
  new RegExp(String.raw`(?<![a-z])(?:entre professionnels|(?:clients?|acheteurs?|acquereurs?|${USER_CATEGORY}) professionnels?|aux professionnels|clientele professionnelle|compte (?:pro|professionnel)(?![a-z]))(?![a-z])`),
  // The client acting as a professional; not the seller's « en sa qualité de professionnel, le Prestataire … ».
  /(?<![a-z])(?:client|acheteur|acquereur|souscripteur|abonne|cocontractant|il|elle)s?\s+(?:\S+\s+){0,4}?(?:agi\w*|contract\w*|achet\w*|command\w*|intervien\w*)\s+en (?:sa |leur )?qualite de professionnels?(?![a-z])/,
  // A client that is a company, or buys for its business (« l'entreprise cliente », « pour les besoins de son activité »).
  /(?<![a-z])(?:entreprises?|societes?|structures?|personnes? morales?) clientes?(?![a-z])|(?<![a-z])pour les besoins de (?:son|leur|sa) activite(?![a-z])|(?<![a-z])dans le cadre de (?:son|leur) activite professionnelle(?![a-z])/,
  // The client gives its company numbers (« le Client communique son numéro SIRET », « un extrait Kbis », « son numéro
  // de TVA intracommunautaire »: only a taxable person has one).
  /(?<![a-z])(?:client|acheteur|souscripteur|abonne)s?\s+(?:\S+\s+){0,3}?(?:communiqu|fourni|indiqu|transm|renseign|precis|mentionn|joint|produi)\w*\s+(?:[^.;]{0,80}?\s)?(?:son|sa|leur|un|une)\s+(?:numero\s+)?(?:siret|siren|(?:extrait\s+)?k-?bis|(?:de\s+)?tva intracommunautaire|(?:d')?identification a la tva)(?![a-z])/,
  /(?<![a-z0-9])b2b(?![a-z0-9])/,
  // The counterpart the terms are made with, named by its trade (« les relations entre le Prestataire et tout commerçant
  // souhaitant participer », « conclues avec toute entreprise passant commande »): who the client is (round T7).
  /(?<![a-z])(?:et|avec|a|par) (?:tout|toute|tous les|toutes les) (?:commercants?|artisans?|entreprises?|societes?|professionnels?)(?![a-z])(?=[^.;]{0,80}?(?<![a-z])(?:souhait|command|client|acquer|achet|souscri|particip|inscri))/,
  // A category of parties defined by its trades (« les bénéficiaires (commerçants, entreprises, …) », « les vendeurs,
  // commerçants ou artisans, … »): the terms are made with firms (round T14).
  /(?<![a-z])(?:beneficiaires|vendeurs|marchands|annonceurs|partenaires|utilisateurs|membres|adherents)\s*[(,]\s*(?:(?:ci-apres|a savoir|soit|notamment|les|des)\s+)?(?:commercants|entreprises|professionnels|societes|artisans)(?![a-z])/,
  // A client that has clients of its own is a business.
  /(?<![a-z])(?:clients? du client|propres clients du client)(?![a-z])/,
  // The client's own declaration (« le Client déclare ne pas être un consommateur », « reconnaît avoir la qualité de
  // professionnel »); not the seller's.
  /(?<![a-z])(?:client|acheteur|acquereur|souscripteur|abonne|cocontractant)s?\s+(?:\S+\s+){0,3}?(?:declare|reconnai?t|atteste|certifie|confirme)\w*\s+(?:(?:ne pas etre|n'etre pas)\s+(?:un |une )?(?:consommat\w+|non-professionnel\w*|particulier)|(?:avoir la qualite de|etre|agir en (?:qualite de|tant que))\s+(?:un |une )?professionnel(?:le)?(?![a-z]))/,
  /(?<![a-z])(?:siret|n° de tva|numero de tva(?: intracommunautaire)?) du client(?![a-z])/,
  // VAT the buyer accounts for itself (reverse charge, CGI art. 283-2; an exempt intra-EU supply, art. 262 ter I;
  // directive 2006/112 art. 196) or a public buyer (Chorus Pro, « mandat administratif »): only a taxable person or a
  // public body is such a client.
  /(?<![a-z])(?:autoliquid\w*|reverse charge|(?:article |art\.? )?283-2(?: nonies)? du cgi|262 ter|article 196 de la directive|chorus pro|mandat administratif)(?![a-z])/,
];
// The payment mechanisms owed between professionals only. Sellers copy them from trade templates into terms for
// households too: beside a household's cues they tell terms for both, not trade terms (PRO_IDENTITY does say so).
const PRO_MECHANISMS = [
  // « prestation d'entreprise à entreprise », « ventes entre entreprises »: the trade between firms named as one case
  // (« la facturation minimale pour toute prestation d'entreprise à entreprise »); beside a household's cues, terms for both.
  /(?<![a-z])(?:d'entreprise a entreprise|entre entreprises|business to business)(?![a-z])/,
  // The payment articles of the Code de commerce (C. com. L441-10, formerly L441-6; D441-5; L441-9).
  /(?<![a-z])(?:(?:articles?\s+)?l\.?\s?441-(?:3|6|9|10)|d\.?\s?441-5|articles?\s+441-(?:6|10))(?![0-9])/,
  /(?<![a-z])indemnite forfaitaire (?:pour frais de recouvrement )?(?:d'un montant )?de (?:40|quarante)(?![0-9])/,
  /penalites de retard[^.;]{0,300}(?:l\.? ?|article )441-(?:10|6)(?![0-9])/,
  // The late-payment rate of C. com. L441-10 (the ECB's rate plus points) is owed between professionals only.
  /(?<![a-z])taux[^.;]{0,60}(?:banque centrale europeenne|bce)(?![a-z])[^.;]{0,40}major/,
];
const PROFESSIONAL = [...PRO_IDENTITY, ...PRO_MECHANISMS];
// One of the offers named for professionals or companies (« des prestations sur mesure pour professionnels », « formules
// dédiées aux entreprises », « offre entreprises »): beside services to households it tells terms for both.
const PRO_OFFER = /(?<![a-z])(?:(?:prestations?|offres?|formules?|services?|forfaits?|tarifs?|cours|ateliers?|packs?|seances?)(?:\s+[a-z]+){0,3}?\s+(?:pour|dediee?s? aux|adaptee?s? aux)\s+(?:les\s+)?(?:professionnels|entreprises)|(?:offres?|formules?|tarifs?|forfaits?|packs?) (?:entreprises?|pros?|professionnel(?:le)?s?))(?![a-z])/;
// The client « toute personne physique ou morale »: alone it tells nothing (any terms define their client so), but
// beside consumer markers it says the terms serve companies too, which are never consumers. Not a « tiers ».
// Either order: « toute personne morale ou physique » names the same client (round T19).
const ANY_PERSON = /(?<![a-z])personnes? (?:physiques? ou morales?|morales? ou physiques?)(?![a-z])/;
const CLIENT_WORD = /(?<![a-z])(?:clients?|acheteurs?|acquereurs?|mandants?|abonnes?|souscripteurs?|membres?|cocontractants?|passant (?:une )?commande|realisant (?:une )?commande|beneficiant)(?![a-z])|(?<![a-z])souhaitant (?:s')?[a-z]{4,}/;
// Not a « tiers-lieu » (a shared workplace): a place, not a third party.
const NOT_PARTY = /(?<![a-z])(?:tiers(?![a-z-])|non partie(?![a-z]))/;
// The commercial court as the agreed forum: only traders can be bound to it (C. com. L721-3; a consumer keeps his
// own court, C. conso. R631-3). Not the seller's registration (« greffe du tribunal de commerce », « RCS »). A clause
// sellers copy from trade templates: a household's service (« interventions à domicile ») outweighs it.
const COMMERCIAL_COURT = /(?<![a-z])(?<!(?:greffe|rcs|immatricul\w*|inscrite?|registre)[^.;]{0,40})(?:tribunal|tribunaux) de commerce(?![a-z])/;
// The client's declaration of its purpose, private or outside any trade (« l'acheteur déclare que l'achat est sans rapport
// direct avec son activité professionnelle », « atteste commander à des fins personnelles »). A dot inside a word (the
// site's address) does not end the declaration.
const PRIVATE_PURPOSE = /(?<![a-z])(?:declare\w*|atteste\w*|certifie\w*|reconnai\w*|affirme\w*)(?:[^.;]|\.(?=\S)){0,160}?(?:sans (?:aucun )?rapport (?:direct )?avec (?:son|sa|leur|une|toute) activite professionnelle|(?:en dehors|hors) (?:de )?(?:toute|son|leur|sa) activite professionnelle|a des fins (?:personnelles|privees|non professionnelles)|(?:usage|utilisation) (?:strictement |exclusivement )?(?:personnel(?:le)?|privee?))(?![a-z])/;
// A use limited to private purposes (« exclusivement pour un usage personnel », « uniquement à des fins personnelles », « n'…
// qu'à des fins privées »; the « que » stays outside, so that the restriction « n'… que » is read as one).
const PRIVATE_USE_ONLY = /(?:(?<=(?<![a-z])(?:qu'|que\s))|(?<![a-z])(?:exclusivement|uniquement|strictement|seulement)\s+)(?:pour|a)\s+(?:un |une |des )?(?:usage|utilisation|fins)\s+(?:personnel(?:le)?s?|privee?s?)(?![a-z])/;
// The professional clients named as a group that one thing is offered to (PRO_IDENTITY's « clients professionnels »).
const PRO_CLIENTS = /(?<![a-z])(?:clients? professionnels?|aux professionnels|clientele professionnelle)(?![a-z])/;
// One document, option or offer (a DPA, an invoice, a pro plan) made available, offered or sent to them; not the terms.
const ONE_THING = /(?<![a-z])(?:accords?|contrats? de (?:traitement|sous-traitance)|factures?|options?|offres?|plans?|formules?|modeles?|attestations?|licences?|abonnements?|remises?|data processing agreement|dpa)(?![a-z])/;
const OFFERED = /(?<![a-z])(?:disponibles?|proposee?s?|remise?s?|emise?s?|offerte?s?|fournie?s?|envoyee?s?|destinee?s?|peu(?:t|vent) (?:demander|souscrire|obtenir|beneficier|recevoir|choisir|opter))(?![a-z])/;
const THE_TERMS = /(?<![a-z])(?:presentes|conditions generales|conditions particulieres|cg[vu]s?)(?![a-z])/;
function offeredToOneKind(sentence: string): boolean {
  return ONE_THING.test(sentence) && OFFERED.test(sentence) && !THE_TERMS.test(sentence);
}
// Weaker hints, read only when no marker above speaks: prices before tax and invoices paid at a term
// are the trade's ways; a basket and delivery costs are a shop's. Only one kind may be present.
const PROFESSIONAL_HINTS = [
  // Not a cap computed on the price (« limitée à trois fois le prix total hors taxes »): no price quoted before tax.
  // Any currency: « 3 900 CHF HT », « 50 000 FCFA HT ».
  /(?<![a-z])(?<!fois (?:le|du) (?:prix|montant)[^.;]{0,30})(?:hors taxes?|\d\s?(?:€|euros?|chf|fcfa|f cfa|xof|xaf|\$|cad|usd|mga|ar)\s?h\.?t(?![a-z])|prix (?:sont )?(?:indiques |exprimes )?(?:en euros )?h\.?t(?![a-z]))/,
  // An invoice's date alone is no term (« la TVA en vigueur à la date d'émission de la facture »): households get invoices
  // too; a term counted from it is read below (round T21).
  /(?:jours? fin de mois|(?<![a-z])a (?:30|45|60) jours|a reception de (?:la )?facture)(?![a-z])/,
  // « exprimés HT », « s'entendent hors TVA »: prices quoted before tax.
  /(?<![a-z])(?:exprimee?s?|indiquee?s?|s'entendent|libellee?s?|affichee?s?)\s+(?:en euros,?\s+)?(?:h\.?t(?![a-z])|hors tva(?![a-z]))/,
  // A term counted from the invoice date in the trade's shorthand, often a bold label's value in a list
  // (« **Règlement** le délai de règlement est de 30 jours date facture », « 45 jours date de facture »).
  /(?<![a-z])(?:\d+|trente|quarante-cinq|soixante) jours date (?:de |d')?(?:(?:emission|reception) de )?(?:la )?facture(?![a-z])/,
  // The trade's names for the client firm: the « commanditaire » of a training or a study (not a partnership's
  // « associé commanditaire »), the « donneur d'ordre » of a subcontracted job (not a bank transfer's payer).
  /(?<![a-z])(?<!associes? )commanditaires?(?![a-z])|(?<![a-z])(?<!virement[^.;]{0,40})donneurs? d'ordres?(?![a-z])(?![^.;]{0,40}(?:virement|prelevement))/,
  // The commercial court as the agreed forum (COMMERCIAL_COURT below).
  COMMERCIAL_COURT,
  // A term counted from the invoice (« 30 jours après l'émission de la facture », « 7 jours (à compter de la date de facturation) »).
  /(?<![a-z])(?:\d+|trente|quarante-cinq|soixante) jours\s+\(?(?:fin de mois\s+)?(?:apres|a compter de|a partir de|suivant)\s+(?:la date d.|la date de\s+|l.)?(?:(?:emission|reception|etablissement) de (?:la |sa )?facture|facturation)(?![a-z])/,
  // Prices and fees before tax in any phrasing (« facturées HT », « tarif horaire HT », « montant HT »).
  /(?<![a-z])(?:prix|montants?|tarifs?|total|facturee?s?|honoraires|remunerations?)\s+(?:[a-z]+\s+){0,2}?h\.?t\.?(?![a-z])/,
  // Payments due within a term (« les paiements sont dus sous 30 jours », « payable dans les 45 jours »).
  // Not a balance « payable dans les 30 jours précédant la date » of an event.
  /(?<![a-z])(?:paiements? (?:sont |est )?(?:dus?|dues?|exigibles?)|payables?|reglements? (?:sont |est )?(?:dus?|exigibles?))\s+(?:sous|dans les|dans un delai de|a)\s+(?:\d+|trente|quarante-cinq|soixante) jours(?![a-z])(?!\s+(?:precedant|avant|qui precede))/,
  // A company's training agreement and its funding (« convention de formation »,
  // « OPCO », an employer that pays), resellers: the ways of the trade.
  /(?<![a-z])(?:conventions? de formation|opco|opca|factur\w+ (?:a|au nom de) (?:l'entreprise|la societe|l'employeur)|(?:prise? en charge|financee?s?|payee?s?|reglee?s?)\s+par (?:l'|son |leur )employeur|financee?s? par (?:l'entreprise|la societe|son entreprise|leur entreprise))(?![a-z])/,
  // Clients that resell (« offre revendeur », « hébergement mutualisé ou revendeur », « aux revendeurs »); not a shop's
  // « revendeurs agréés » that sell its goods.
  /(?<![a-z])(?:(?:hebergement|offre|compte|tarif|prix|remise|statut|espace|client|acheteur|programme|serveur)s?(?:\s+[a-z]+){0,2}\s+revendeurs?|aux revendeurs)(?![a-z])/,
  // An offer named for professionals (« prestations sur mesure pour professionnels », « offre entreprises »): with a
  // household's hint, terms for both (PRO_OFFER below).
  PRO_OFFER,
  // An order « daté, signé et tamponné »: a company stamp.
  /(?<![a-z])(?:signee?s? et tamponnee?s?|cachet (?:commercial|de l'entreprise|de la societe))(?![a-z])/,
  // The client's employees, company or clientele (« vos salariés », « votre entreprise »): src/lint/scope/trade.ts.
  ...FIRM,
];
// Services at the client's home (« consultation à domicile », « au domicile du propriétaire »); not « élection de domicile ».
// Nor the seller's « domicile » (where a payment is made), nor a party's « domicile légal / social / élu »: addresses
// in law, said of companies too.
const AT_HOME = /(?<![a-z])(?<!(?:fournisseur|vendeur|prestataire|creancier)[^.;]{0,40})(?:a|au|a son|a leur)\s+domicile(?![a-z])(?!\s+(?:du|de l.|de la)\s*(?:defendeur|demandeur|fournisseur|vendeur|prestataire|creancier|societe|entreprise))(?!\s+(?:legal|social|elu|fiscal)(?![a-z]))/;
const CONSUMER_HINTS = [
  /(?<![a-z])(?:panier|frais de port|frais de livraison|livraison a domicile)(?![a-z])/,
  // The buyer addressed as « vous », about its order and its parcel.
  /(?<![a-z])(?:votre (?:commande|colis|achat)|vos achats|votre adresse de livraison|l'adresse de livraison de votre choix)(?![a-z])/,
  AT_HOME,
  // The client's home, children, pet, wedding, the ways households pay, a session of care (src/lint/scope/trade.ts).
  ...HOUSEHOLD,
  SESSION,
];
const NEGATIVE = /(?<![a-z])(?:ne|n'|pas|aucune?|absence|exclu\w*|sauf)(?![a-z])/;
// « ne peut s'inscrire qu'avec », « n'est ouvert qu'aux »: a restriction; not when a negation word sits in between.
const RESTRICTIVE = /(?<![a-z])n(?:e |')(?:(?!pas|aucun|jamais|plus|ni )[^.;]){0,60}?qu(?:e |')/g;
const PLAIN_NEGATIVE = /(?<![a-z])(?:ne|n'|pas|aucune?)(?![a-z])/;
const SCOPE_OF: Record<string, Audience> = {
  professionnel: "b2b",
  entreprise: "b2b",
  revendeur: "b2b",
  "clientele professionnelle": "b2b",
  consommateur: "b2c",
  particulier: "b2c",
  "non-professionnel": "b2c",
  "clientele de particuliers": "b2c",
};

/** The audience a text's words point to; undefined when nothing tells. */
export function inferAudience(full: string): AudienceInference {
  // Quoted law (a blockquote of L215-1 « … informe le consommateur … ») says nothing of who the terms are for.
  // Emphasis inside a line (« payables à **30 jours** ») is typography, not words: blanked, offsets kept. A line that
  // opens with it (« **Droit de rétractation :** », a bold heading) keeps it: headings and labels are read by it.
  const text = full
    .replace(/^[ \t]*>.*$/gm, (line) => " ".repeat(line.length))
    .replace(/(?<=[^\s*_][ \t]*)(\*\*|__)(?=\S)([^*_\n]{1,80}?)\1/g, (_m, _mark: string, inner: string) => `  ${inner}  `);
  const scoped = findAll(text, flexible(EXCLUSIVE))
    // « ne sont pas réservées aux professionnels » scopes nothing.
    .filter((m) => !/(?<![a-z])(?:ne|n'|pas)(?![a-z])/.test(fold(text.slice(Math.max(0, m.start - 20), m.start))))
    .map((m) => ({ e: { text: m.text, start: m.start, end: m.end, weight: 3 }, audience: ruleForOneKind(text, m) ? ("mixed" as Audience) : SCOPE_OF[m.groups[0]!]! }));
  const exclusions = clues(text, EXCLUDES_CONSUMERS, 3).map((e) => ({ e, audience: "b2b" as Audience }));
  // « ne s'adressent qu'aux entreprises et aux particuliers » restricts, it does not negate; « pas » does.
  const both = BOTH_SCOPES.flatMap((p) => findAll(text, p))
    .filter((m) => !/(?<![a-z])pas(?![a-z])/.test(fold(text.slice(Math.max(0, m.start - 30), m.start))))
    .map((m) => ({ e: { text: m.text, start: m.start, end: m.end, weight: 3 }, audience: "mixed" as Audience }));
  // « réservées aux entreprises et aux particuliers »: the phrase naming both is the scope, not its first half.
  const single = scoped.filter((s) => !both.some((b) => b.e.start < s.e.end && b.e.end > s.e.start));
  const scope = [...single, ...exclusions, ...both].sort((a, b) => a.e.start - b.e.start)[0];
  if (scope) return { audience: scope.audience, evidence: [scope.e] };
  const index = new SentenceIndex(text);
  const definitions = definitionSections(text);
  const defined = (e: Evidence) => definitions.some((d) => e.start >= d.start && e.start < d.end);
  // The marker's own words may be negative (« à des fins qui n'entrent pas … »): the rest of its sentence is read.
  // « ne … qu'avec l'accord de ses parents » restricts, it does not negate.
  // An exception after the marker (« bénéficie d'un droit de rétractation de 14 jours, sauf si … ») carves out of it;
  // it does not deny it. « sauf » before it (« sauf disposition contraire applicable au consommateur ») still does.
  const negativeSentence = (e: Evidence, negative: RegExp = NEGATIVE) => {
    const sentence = fold(index.around(e.start));
    const marker = fold(e.text);
    const at = sentence.indexOf(marker);
    const read = at < 0 ? sentence.replace(marker, " ") : `${sentence.slice(0, at)} ${sentence.slice(at + marker.length).replace(/(?<![a-z])sauf(?![a-z])[\s\S]*$/, "")}`;
    return negative.test(read.replace(RESTRICTIVE, " ")) || deniedLabel(text, e) || deniedHeading(text, e, (at) => index.around(at));
  };
  // A professional marker is a mechanism stated in a long sentence (« … majoré de 10 points, qui ne peut
  // toutefois être inférieur à …, ainsi qu'une indemnité de 40 € »): only its own clause may negate it.
  const negativeClause = (e: Evidence) => NEGATIVE.test(fold(index.clauseAround(e.start, e.end)));
  // Every cue is read for whose it is (round T27): words about the seller's suppliers, the client's customers, employees
  // or third parties tell nothing of the client's kind.
  const othersCue = (e: Evidence) => aboutOthers(e, index.phraseAround(e.start, e.end));
  const found = (patterns: RegExp[], negated: (e: Evidence) => boolean) =>
    patterns
      .flatMap((p) => clues(text, p, 1))
      .sort((a, b) => a.start - b.start)
      .filter((e) => !negated(e) && !othersCue(e));
  // A conditional tells both kinds even in a negative sentence (« si le client est un professionnel, il ne bénéficie pas … »).
  const bothNamed = [...found([BOTH], (e) => negativeSentence(e)), ...found([CONDITIONAL], () => false), ...found([FOR_A_FIRM], (e) => negativeSentence(e, PLAIN_NEGATIVE))].sort((a, b) => a.start - b.start)[0];
  if (bothNamed) return { audience: "mixed", evidence: [bothNamed] };
  // One document, option or offer for the professional clients (« un accord de traitement des données est disponible pour
  // les clients professionnels », « les clients professionnels peuvent souscrire l'offre Pro »): a rule for one kind of
  // client, as a conditional is, so the terms serve another kind too; not the terms' own audience (round T19).
  const forOneKind = found(PRO_IDENTITY, negativeClause).find((e) => !defined(e) && PRO_CLIENTS.test(fold(e.text)) && offeredToOneKind(fold(index.around(e.start))));
  if (forOneKind) return { audience: "mixed", evidence: [forOneKind] };
  // A glossary defines words (« Consommateur : toute personne physique… », « Professionnel : … », often
  // the seller): what it defines is only a hint of who the terms are for.
  // Consumer law cited « lorsqu'il s'applique » hedges; a withdrawal right the text grants to small firms (C. conso.
  // L221-3) is the right its other mentions speak of.
  const smallFirmsWithdraw = clues(text, SMALL_FIRM, 1).some((e) => /retract/.test(fold(index.around(e.start))));
  // The private clients named as a category (« Usage privé (clients particuliers) : …, à l'exclusion de tout usage
  // commercial », « les comptes particuliers ne sont pas facturés »): a negation denies the category only before it in
  // its clause (« nous ne vendons pas aux clients particuliers »), as a professional marker's own clause does (round T21).
  // Or when the category is denied access (« les particuliers ne peuvent pas ouvrir de compte »).
  const negatedCategory = (e: Evidence) =>
    PLAIN_NEGATIVE.test(fold(index.before(e.start)).split(/[,;:()]/).pop() ?? "") || DENIED_ACCESS.test(fold(text.slice(e.end, e.end + 80)));
  const consumers = found(CONSUMER, (e) => {
    const sentence = fold(index.around(e.start));
    return (PRIVATE_CATEGORY.test(fold(e.text)) ? negatedCategory(e) : negativeSentence(e)) || SMALL_FIRM.test(sentence) || HEDGED.test(sentence) || WAIVED.test(sentence) || CLIENTS_CONSUMERS.test(sentence) || (smallFirmsWithdraw && /retract|renonc|changer d'avis/.test(fold(e.text)));
  });
  const professionals = found(PROFESSIONAL, negativeClause);
  const consumer = consumers.find((e) => !defined(e));
  const professional = professionals.find((e) => !defined(e));
  // The consumer mediation clause (C. conso. L612-1) is copied into every kind of terms: when it is the only consumer
  // marker, in terms that quote their prices before tax (not only an invoice: households get invoices too), the terms
  // are a firm's and the mediation is boilerplate.
  const mediationOnly = consumers.filter((e) => !defined(e)).every((e) => MEDIATION.test(fold(index.around(e.start))));
  const boilerplateMediation = mediationOnly && findAll(text, flexible(PRICES_BEFORE_TAX)).length > 0;
  // Prices quoted before tax as well (« prix exprimés HT et TTC ») are more than the template's mechanisms: the trade
  // prices for firms too, so the terms serve both (round T17). Not an export price nor a VAT-exempt one (below).
  const capped = (e: Evidence) => CAP_BEFORE.test(fold(index.before(e.start)));
  const pricedForFirms = () =>
    clues(text, flexible(PRICES_BEFORE_TAX), 1).some((e) => !defined(e) && !capped(e) && !negativeSentence(e, PLAIN_NEGATIVE) && !EXPORT.test(fold(index.around(e.start))) && !VAT_EXEMPT.test(fold(text.slice(Math.max(0, e.start - 200), e.end + 200))));
  // The client « toute personne physique ou morale »: companies are clients too (a company is never a consumer).
  const anyPerson = clues(text, ANY_PERSON, 1).find((e) => {
    const sentence = fold(index.around(e.start));
    return CLIENT_WORD.test(sentence) && !NOT_PARTY.test(sentence) && !othersCue(e);
  });
  // Unless the client declares a private purpose (« l'achat est sans rapport direct avec son activité professionnelle »,
  // « à des fins personnelles »): whoever may order, the buyer who so declares is a consumer (round T19).
  // Or when the client is bound to a private use only (« le Client s'engage à utiliser l'application exclusivement pour un
  // usage personnel et non commercial »): said of the client, not of a partner, and not denied in its clause (round T27).
  const privateUseOnly = clues(text, PRIVATE_USE_ONLY, 1).some(
    (e) => subjectIsClient(leadIn(text, e.start)) && !PLAIN_NEGATIVE.test(fold(index.clauseAround(e.start, e.end)).replace(RESTRICTIVE, " ")),
  );
  const declaredPrivate = privateUseOnly || clues(text, PRIVATE_PURPOSE, 1).some((e) => !negativeSentence(e, PLAIN_NEGATIVE));
  // A hint's sentence may carry a reservation (« sauf contre-indication sur la facture »): only a plain negation voids it.
  // Prices « facturées hors taxe » for goods shipped outside the EU are an export exemption (CGI art. 262 I), owed to
  // households too: not a price quoted for firms.
  const exportPrice = (e: Evidence) => PRICES_BEFORE_TAX.test(fold(e.text)) && EXPORT.test(fold(index.around(e.start)));
  // Prices « H.T. » for a VAT-exempt service (training, CGI art. 261-4-4°; a small firm's franchise, art. 293 B) are
  // the whole price, the same for households: no price quoted for firms.
  // Read around the price, not its sentence: « prix H.T. (conformément à l'article 261-4-4° du CGI) » ends one at « H.T. ».
  const exemptPrice = (e: Evidence) => PRICES_BEFORE_TAX.test(fold(e.text)) && VAT_EXEMPT.test(fold(text.slice(Math.max(0, e.start - 200), e.end + 200)));
  const proHints = found(PROFESSIONAL_HINTS, (e) => negativeSentence(e, PLAIN_NEGATIVE) || exportPrice(e) || exemptPrice(e) || capped(e)).filter((e) => !defined(e));
  const proHint = proHints[0];
  if (consumer) {
    // A consumer marker speaks: weigh the firm side by its strongest cue (round T21; it replaced six returns in a row). A
    // professional marker (3) outweighs the client defined as « toute personne physique ou morale » (2; not when the
    // client declares a private purpose), which outweighs a hint (1: prices before tax, an invoice at a term). No firm
    // cue: households' terms. Shops show prices with tax and are paid on order.
    const firmSide = strongest([
      ...(professional ? [{ ...professional, weight: 3 }] : []),
      ...(anyPerson && !declaredPrivate ? [{ ...anyPerson, weight: 2 }] : []),
      ...(proHint ? [{ ...proHint, weight: 1 }] : []),
    ]);
    if (!firmSide) return { audience: "b2c", evidence: [consumer] };
    // The mediation clause as the only consumer marker, beside prices before tax and a firm's marker or hint: boilerplate.
    if (boilerplateMediation && firmSide.weight !== 2) return { audience: "b2b", evidence: [professional ?? firmSide] };
    // A consumer's right beside only the B2B payment mechanisms, in terms evidently for households (their homes, pets,
    // …), none priced for firms: the mechanisms are a trade template's (round T7).
    const identity = found(PRO_IDENTITY, negativeClause).some((e) => !defined(e));
    if (firmSide.weight === 3 && !identity && !pricedForFirms() && householdCue(text, (e) => !negativeSentence(e, PLAIN_NEGATIVE) && !defined(e))) return { audience: "b2c", evidence: [consumer] };
    return { audience: "mixed", evidence: [consumer, professional ?? (anyPerson && !declaredPrivate ? anyPerson : firmSide)] };
  }
  if (professional) {
    // Only the B2B payment mechanisms (40 €, the ECB rate, L441-10), in terms whose services are evidently for
    // households (their homes, pets, prices with tax, cash at the door): terms for both, the mechanisms copied from a
    // trade template. A marker that says who the client is (« clients professionnels ») keeps them B2B.
    const identity = found(PRO_IDENTITY, negativeClause).some((e) => !defined(e));
    const household = identity ? undefined : householdCue(text, (e) => !negativeSentence(e, PLAIN_NEGATIVE) && !defined(e));
    return household ? { audience: "mixed", evidence: [household, professional] } : { audience: "b2b", evidence: [professional] };
  }
  const consumerHint = found(CONSUMER_HINTS, (e) => negativeSentence(e, PLAIN_NEGATIVE))[0] ?? consumers[0];
  // Beside a household's hint, a forum clause alone is the template's, not the client's kind.
  const anyProHint = (consumerHint ? proHints.find((e) => !COMMERCIAL_COURT.test(fold(e.text))) : proHint) ?? professionals[0];
  // No word of either kind, but prices shown with tax only and cash at the door, or the like: a household's terms.
  const household = anyProHint || consumerHint ? undefined : householdCue(text, (e) => !negativeSentence(e, PLAIN_NEGATIVE) && !defined(e));
  // The weighing (round T14): a household's hint (a basket, « votre commande », prices with tax and cash) says households
  // buy here; a client defined as « toute personne physique ou morale » says companies do too. Each alone is weak and
  // tells one kind; together, with no professional hint, they tell terms for both, as a consumer marker beside that
  // definition does above. A professional hint beside them is weighed by the rules below.
  const privateCue = anyProHint ? undefined : consumerHint ?? household;
  if (privateCue && anyPerson) return { audience: "mixed", evidence: [privateCue, anyPerson] };
  if (household) return { audience: "b2c", evidence: [household] };
  if (anyProHint && !consumerHint) return { audience: "b2b", evidence: [anyProHint] };
  if (consumerHint && !anyProHint) return { audience: "b2c", evidence: [consumerHint] };
  // Services to households and an offer named for professionals, or the client's home and its company (« votre maison
  // comme les bureaux de votre entreprise »): terms for both.
  if (consumerHint && proHint && PRO_OFFER.test(fold(proHint.text))) return { audience: "mixed", evidence: [consumerHint, proHint] };
  const firm = found(FIRM, (e) => negativeSentence(e, PLAIN_NEGATIVE) || defined(e))[0];
  const home = found([AT_HOME, ...HOUSEHOLD], (e) => negativeSentence(e, PLAIN_NEGATIVE) || defined(e))[0];
  if (firm && home) return { audience: "mixed", evidence: [home, firm] };
  // No sign of a professional client at all (no marker, no hint, not even in a glossary, no trade between firms):
  // published terms that never mention a business are a consumer's, presumed so like the law (docs/scope.md).
  // A client that may be « une personne physique ou morale » may be a company: not presumed either.
  const bulk = clues(text, BULK_TRADE, 1).length > 0;
  if (!anyProHint && !firm && !consumerHint && !bulk && !anyPerson && professionals.length === 0) return { evidence: [], presumed: "b2c" };
  return { evidence: [] };
}

// Whose a cue is (round T27). The parties a phrase may speak of other than the client: the seller's suppliers, partners
// and staff, the client's own customers or staff named as such (« les salariés du Client », « ses clients finaux »),
// third parties, advertisers. A genitive after them (« du Client », « du Prestataire ») belongs to the mention.
const OTHER_PARTY = /(?<![a-z])(?:fournisseurs?|partenaires?|sous-traitants?|salaries|employes|preposes|collaborateurs|(?:le|son|du|notre|leur|au) personnel|tiers|annonceurs?|(?:acheteurs|clients|utilisateurs|consommateurs) finaux|(?:ses|leurs) (?:propres )?clients|propres clients)(?![a-z-])(?:\s+(?:du|de l'|de la|de votre|de son|de ses|de nos|de notre|de leur)\s*[a-z-]+)?/g;
// The client, however the terms name it, and « vous » the client addressed; not « consommateur », a cue of its own.
const CLIENT_PARTY = /(?<![a-z])(?:clients?|clientes?|acheteurs?|acheteuses?|acquereurs?|abonnes?|souscripteurs?|utilisateurs?|membres?|beneficiaires?|stagiaires?|participants?|locataires?|cocontractants?|vous|votre|vos)(?![a-z])/;
// The seller as the subject the cue is said of (« le Prestataire entretient des relations B2B », « notre société, qui est
// une entreprise … »): a verb of being between them, and no supply to anyone (« nous servons des particuliers et des
// entreprises », « le Vendeur vend aux professionnels », « lient la société et toute personne … » speak of its clients).
const SELLER_SUBJECT = /(?<![a-z])(?:vendeur|prestataire|editeur|loueur|bailleur|exploitant|organisme|agence|notre societe|la societe|nous)(?![a-z])((?:[^.;]){0,60})$/;
const BEING = /(?<![a-z])(?:est|sont|etant|sommes|agit|agissant|agissons|exerce\w*|entretien\w*|a la qualite|en (?:sa |notre )?qualite|en tant que|immatricul\w*|inscrite?s?)(?![a-z])/;
const SUPPLY = /(?<![a-z])(?:a|aux|au|avec|pour|envers|aupres|et|ou|vend\w*|propos\w*|offr\w*|destin\w*|adress\w*|fourni\w*|factur\w*|serv\w*|accompagn\w*|travaill\w*|client\w*|acheteur\w*)(?![a-z])/;
// The cues that say who someone is, as a seller may say of itself; a price or a penalty the seller states is the client's.
const IDENTITY_CUE = /(?<![a-z0-9])(?:b2b|entreprises?|professionnel\w*|societes?|siret|siren|personnes? (?:physiques?|morales?))(?![a-z0-9])/;

/**
 * Whether a cue speaks of someone other than the client: the party its phrase is said of (the first one named before it)
 * is another party; or, none named before it, the cue is joined to one (« relations B2B avec nos fournisseurs »); or the
 * seller is the subject of an identity cue. A party named further on as a complement (« … et la garantie de nos
 * fournisseurs ») does not take the cue; a cue that itself names the client (« SIRET du client ») is the client's.
 */
function aboutOthers(e: Evidence, phrase: { before: string; after: string }): boolean {
  const cue = fold(e.text);
  if (CLIENT_PARTY.test(cue.replace(OTHER_PARTY, " "))) return false;
  const before = fold(phrase.before);
  const subject = firstParty(before);
  if (subject) return subject === "other";
  if (JOINED_TO_OTHER.test(fold(phrase.after))) return true;
  const gap = SELLER_SUBJECT.exec(before)?.[1];
  return IDENTITY_CUE.test(cue) && gap !== undefined && BEING.test(gap) && !SUPPLY.test(gap);
}
// A cue joined to another party right after it (« relations B2B avec nos fournisseurs », « des prix HT de nos partenaires »).
const JOINED_TO_OTHER = new RegExp(String.raw`^\s*(?:avec|de|des|du|d'|aupres de|entre|pour)\s+(?:(?:les|nos|ses|leurs|ces|tout|tous|toute|chacun de|certains)\s+)?(?:${OTHER_PARTY.source.replace(/^\(\?<!\[a-z\]\)/, "")})`);

/** The first party named in these words (the client, or another party), if any. */
function firstParty(words: string): "client" | "other" | undefined {
  const other = new RegExp(OTHER_PARTY.source).exec(words);
  const client = new RegExp(CLIENT_PARTY.source).exec(words.replace(OTHER_PARTY, (m) => "#".repeat(m.length)));
  if (!other && !client) return undefined;
  return client && (!other || client.index < other.index) ? "client" : "other";
}

/** The words before `at` since the last full stop, across a list's lead-in (« Le Client s'engage : - à … »). */
function leadIn(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 300), at);
  return window.slice(Math.max(window.lastIndexOf(". "), window.lastIndexOf(".\n")) + 1);
}

/** Whether the first party a sentence names before a cue (its subject, as a rule) is the client. */
function subjectIsClient(before: string): boolean {
  const folded = fold(before);
  const first = (p: RegExp) => new RegExp(p.source).exec(folded)?.index ?? Infinity;
  const client = first(CLIENT_PARTY);
  return client < Infinity && client <= Math.min(first(OTHER_PARTY), first(SELLER_NAMED));
}
const SELLER_NAMED = /(?<![a-z])(?:vendeur|prestataire|editeur|loueur|bailleur|exploitant|organisme|agence|societe|nous|nos|notre)(?![a-z])/;

// A VAT exemption cited (« exonérées de TVA », « article 261-4-4° du CGI », « TVA non applicable, art. 293 B »).
const VAT_EXEMPT = /(?<![a-z])(?:exoneree?s? de (?:la )?tva|exoneration de (?:la )?tva|261[- ]?4[- ]?4|tva non applicable|293 ?b|non assujettie?s? a (?:la )?tva)(?![a-z])/;
// A shipment or a sale outside the EU (« livrée hors de l'Union européenne », « à l'exportation », « DOM-TOM »).
const EXPORT = /(?<![a-z])(?:(?:hors|en dehors) (?:de l')?(?:union europeenne|ue|cee)|exportations?|a l'export|dom-tom)(?![a-z])/;

// The consumer mediation clause (and the EU's ODR platform that goes with it).
const MEDIATION = /(?<![a-z])(?:mediat\w*|reglement en ligne des litiges|odr)(?![a-z])/;

// The consumer's rights extended to a firm of five employees at most, for a contract outside its main activity
// (C. conso. L221-3): said of firms, not consumers.
const SMALL_FIRM = /(?<![a-z])l\.?\s?221-3(?![0-9])|(?<![a-z])(?:cinq|5) salaries|(?:champ|cadre) de (?:son|leur) activite principale|(?:etrangere?s?|exterieure?s?) a (?:son|leur) activite principale/;

// The client's own consumers (« le Client informe ses propres consommateurs de leur droit de rétractation », « les
// conditions qu'il propose à ses clients consommateurs »): an agency's or a supplier's clients sell to consumers; the
// consumers are not the terms' parties (round T19).
const CLIENTS_CONSUMERS = /(?<![a-z])(?:ses|leurs) (?:propres )?(?:clients? )?(?:consommateurs|clients finaux)(?![a-z])/;
// A right waived (« vaut renonciation au droit de rétractation ») is a right denied.
const WAIVED = /(?<![a-z])(?:renonciation (?:expresse )?(?:au|a son|a votre|a leur) droit|(?:perd|perdez|perdent) (?:son|votre|leur|le) droit|perte du droit) de retractation(?![a-z])/;
const HEDGED = /(?<![a-z])(?:lorsqu'(?:il|elle)s?|s'ils?|dans la mesure ou (?:il|elle)s?)\s+(?:s'applique(?:nt)?|(?:est|sont) applicables?)(?![a-z])/;

// A heading names a topic (« ## Article 8 — Droit de rétractation »); the first sentence of its body says whether the
// right exists (« … ne s'applique pas aux services numériques … »).
const HEADING_LINE = /^[ \t]*(?:#{1,6}[ \t]|(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)[ \t]*:?[ \t]*$|(?:article|art\.?)[ \t]*\d+)/;
// Only a right named in the heading, denied in the body's first sentence that names it again (or « ce droit »).
function deniedHeading(text: string, e: Evidence, sentenceAt: (offset: number) => string): boolean {
  const right = RIGHT_NAMED.exec(fold(e.text))?.[0];
  if (!right) return false;
  const lineStart = text.lastIndexOf("\n", e.start - 1) + 1;
  const lineEnd = text.indexOf("\n", e.end);
  if (lineEnd < 0 || !HEADING_LINE.test(fold(text.slice(lineStart, lineEnd)))) return false;
  const bodyStart = lineEnd + (text.slice(lineEnd).match(/^\s*/)?.[0].length ?? 0);
  const first = fold(sentenceAt(bodyStart));
  if (!first.includes(right) && !/(?<![a-z])(?:ce droit|ce delai|celui-ci|cette faculte)(?![a-z])/.test(first)) return false;
  return NEGATIVE.test(first.replace(/(?<![a-z])sauf(?![a-z])[\s\S]*$/, "").replace(RESTRICTIVE, " "));
}

// A right named as a label whose value denies it (« **Droit de rétractation :** Non applicable aux produits
// personnalisés », « … : sans objet »): the heading and its value are two sentences, read together here.
const DENIED_VALUE = /^[\s*_:—–-]{0,12}(?:non (?:applicable|prevue?|accordee?|ouverte?)|sans objet|aucune?|exclue?|neant)(?![a-z])/;
function deniedLabel(text: string, e: Evidence): boolean {
  return DENIED_VALUE.test(fold(text.slice(e.end, e.end + 40)));
}

// How plainly the services are for households, each kind of cue counted once: the client's home, children or pet, a
// service at its home, the ways only households pay (2: evidently a household's); prices shown with tax and none
// before tax, cash (1 each: a business may have them too). Not a « séance »: training bodies hold sessions too.
// Two make a household; the heaviest cue is the evidence.
const HOUSEHOLD_CUES: Array<[RegExp, number]> = [
  ...HOUSEHOLD.map((p): [RegExp, number] => [p, 2]),
  [AT_HOME, 2],
  [PRICES_WITH_TAX, 1],
  [CASH, 1],
];
function householdCue(text: string, counts: (e: Evidence) => boolean): Evidence | undefined {
  const beforeTax = findAll(text, flexible(PRICES_BEFORE_TAX)).length > 0;
  const cues = HOUSEHOLD_CUES.filter(([p]) => !(p === PRICES_WITH_TAX && beforeTax))
    .map(([p, weight]) => clues(text, p, weight).find(counts))
    .filter((e): e is Evidence => e !== undefined);
  return cues.reduce((sum, e) => sum + e.weight, 0) >= 2 ? strongest(cues) : undefined;
}

// A right or a remedy « applicable uniquement au consommateur en cas de vente à distance », « réservé aux consommateurs
// lorsque … »: a rule for one kind of client, so the terms serve the other too. The terms' own scope names them
// (« les présentes », « nos conditions ») or is not bound to a case.
const TERMS_SUBJECT = /(?<![a-z])(?:presentes|conditions|cg[vu]|contrat|ventes|offres|site|boutique|catalogue|services|produits|prestations)(?![a-z])/;
const RIGHT_NAMED = /(?<![a-z])(?:retractation|reflexion|renonciation|mediation|mediateur|garantie|remboursement)(?![a-z])/;
const CASE_BOUND = /^[^.;\n]{0,40}?(?:en cas d|lorsqu|si |s'il|dans le cas|pour les (?:ventes|contrats) (?:a distance|hors))/;
function ruleForOneKind(text: string, m: { start: number; end: number }): boolean {
  const head = fold(text.slice(Math.max(0, m.start - 160), m.start));
  const before = head.slice(Math.max(head.lastIndexOf("."), head.lastIndexOf(";")) + 1);
  if (TERMS_SUBJECT.test(fold(before))) return false;
  const after = fold(text.slice(m.end, m.end + 60));
  // « Applicable uniquement aux consommateurs, cette garantie impose… »: the right is the phrase's subject, after it;
  // or the clause's heading names it (« ## Article 7 – Garantie légale de conformité »): a rule for one kind of client.
  const subject = /^[^.;:\n]{0,25}?,\s*(?:cette|ce|cet|la|le|leur|son|sa)\s+(\S+)/.exec(after);
  if (subject && TERMS_SUBJECT.test(subject[1]!)) return false;
  return CASE_BOUND.test(after) || RIGHT_NAMED.test(before) || (subject !== null && RIGHT_NAMED.test(subject[1]!)) || RIGHT_NAMED.test(clauseHeading(text, m.start));
}

/** The nearest heading line above `at` (« ## Article 7 – Garantie légale… »), folded; empty if none within 600 characters. */
function clauseHeading(text: string, at: number): string {
  const lines = text.slice(Math.max(0, at - 600), at).split("\n").reverse();
  return fold(lines.find((line) => ANY_HEADING.test(fold(line))) ?? "");
}

// « ## 2. Définitions », « **Article 1 – Définitions** », « LEXIQUE »: up to the next heading.
const DEFINITIONS_HEADING = /^[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?[ \t]*(?:(?:article|art\.?)[ \t]*\d+[ \t]*[-–:.]?[ \t]*|\d+[ \t]*[.)-]?[ \t]*)?(?:definitions?|lexique|glossaire)[ \t]*[.:]?[ \t]*(?:\*\*|__)?[ \t]*$/;
const ANY_HEADING = /^[ \t]*(?:#{1,6}|(?:\*\*|__)[^*_\n]{1,100}(?:\*\*|__)[ \t]*$|(?:article|art\.?)[ \t]*\d+)/;

/** The definitions sections of a text (offsets), each from its heading to the next heading. */
function definitionSections(text: string): Span[] {
  const sections: Span[] = [];
  let open: number | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const folded = fold(line);
    if (DEFINITIONS_HEADING.test(folded)) {
      if (open !== undefined) sections.push({ start: open, end: offset });
      open = offset;
    } else if (open !== undefined && ANY_HEADING.test(folded)) {
      sections.push({ start: open, end: offset });
      open = undefined;
    }
    offset += line.length + 1;
  }
  if (open !== undefined) sections.push({ start: open, end: text.length });
  return sections;
}
