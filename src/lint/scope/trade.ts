// Who the client is, read from the trade when the terms never name its kind (docs/scope.md, round T1):
// what a lawyer reads in « nous gardons votre chien » or « nous formons vos salariés ». Nouns on the
// client's side, with the client's determiner (« votre maison », not the seller's « notre maison
// d'édition »), and the price and payment ways of a household. Patterns are written for folded text
// (src/lint/scan/text.ts). All are hints: they never outweigh a sentence that says who the terms are for.

// The seller advertising itself as « votre … de … » (« Propre & Net, votre entreprise de nettoyage », « votre maison
// d'hôtes », « votre boutique en ligne de thés »): its own house, firm or shop, not the client's.
const NOT_SELLER = String.raw`(?!\s+(?:(?:de|du|des|en ligne)(?![a-z])|d'))`;

// A home (« votre maison », « chez vous »), a family, a pet, a wedding, a private lesson, the ways only households
// pay: only households have them.
export const HOUSEHOLD = [
  new RegExp(String.raw`(?<![a-z])(?:votre|vos) (?:logements?|appartements?|domicile|foyer|jardins?|enfants?|bebes?|animal|animaux|chiens?|chats?|chevaux|cheval|mariage|famille|invites|medecin(?: traitant)?)(?![a-z])|(?<![a-z])(?:votre|vos) maisons?(?![a-z])${NOT_SELLER}|(?<![a-z])chez vous(?![a-z])`),
  /(?<![a-z])(?:inscription|accueil|garde) de (?:votre|vos) enfants?(?![a-z])|(?<![a-z])cours particuliers(?![a-z])/,
  // The ways only households pay: services à la personne and their tax credit (CGI art. 199 sexdecies), CESU,
  // holiday vouchers (ANCV); not a company's « crédit d'impôt recherche ».
  /(?<![a-z])(?:services? a la personne|cesu|cheque emploi service|cheques?[- ]vacances|ancv|(?:credit|reduction) d'impots?(?! (?:recherche|innovation|competitivite|collection|formation))(?![a-z]))(?![a-z])/,
];
// A session of care or leisure (« séance de massage », « séances de yoga »): a person's body or free time; a
// training session too, hence a weak cue.
export const SESSION = /(?<![a-z])seances?(?![a-z])/;

// The client's employees, company, shop, practice, brand or own clientele and patients: only a firm has them.
export const FIRM = [
  new RegExp(String.raw`(?<![a-z])(?:votre|vos) (?:salaries|employes|collaborateurs|equipes?|personnel|clientele|patients|prospects|site professionnel|activite (?:professionnelle|commerciale))(?![a-z])|(?<![a-z])(?:votre|vos) (?:entreprises?|societe|etablissement|cabinet|boutique|commerce|marque)(?![a-z])${NOT_SELLER}`),
  // A service performed at the client's premises (« dans vos locaux », « dans les locaux du client »): a firm's, as a
  // household's is « chez vous », « à domicile ».
  /(?<![a-z])(?:dans|en) (?:vos locaux|les locaux (?:du client|de la societe cliente|de l'entreprise cliente|du beneficiaire))(?![a-z])/,
  // The client's own advertising campaigns (« vos campagnes publicitaires », « le client … mis en avant dans ses
  // campagnes »): only a firm advertises its offers (round T7).
  /(?<![a-z])(?:vos|ses|leurs) campagnes (?:publicitaires|marketing|google ads|d'emailing|de communication|de prospection)(?![a-z])|(?<![a-z])(?:client|annonceur)s?(?![a-z])[^.;]{0,200}?(?<![a-z])(?:ses|leurs) campagnes(?![a-z])(?! de (?:dons|vaccination))/,
];

// Prices shown with tax included, as they must be to consumers (C. conso. L112-1): a household's
// hint only when the text quotes no price before tax anywhere.
export const PRICES_WITH_TAX = /(?<![a-z])(?:prix|tarifs?)[^.;\n]{0,60}?(?:toutes taxes comprises|ttc)(?![a-z])|(?<![a-z])(?:sont|est) (?:libellee?s?|exprimee?s?|indiquee?s?|affichee?s?|calculee?s?)(?: en euros)?(?:,? et (?:libellee?s?|exprimee?s?|calculee?s?))? (?:en )?(?:toutes taxes comprises|ttc)(?![a-z])/;
export const PRICES_BEFORE_TAX = /(?<![a-z])(?:hors taxes?|hors tva|h\.?t\.?)(?![a-z])/;
// Cash, as households pay at the door (« par carte bancaire ou espèces », « règlement par espèces »); not
// « espèces protégées ».
export const CASH = /(?<![a-z])(?:en|par) especes(?![a-z])|(?<![a-z])(?:paiements?|reglements?|payables?|cheques?|carte bancaire|carte)[^.;\n]{0,40}?(?<![a-z])especes(?![a-z])/;

// The ways of a trade between firms that never names its client's kind (« livrée sur palettes », « franco de port à
// partir de 800 € », « minimum de commande », « pour la revente en l'état »): not enough to call the terms B2B, but
// enough not to presume them for consumers (src/lint/scope/audience.ts).
export const BULK_TRADE = /(?<![a-z])(?:palettes?|quai de (?:dechargement|chargement|livraison)|franco(?: de port)?|minimum de commande|en gros|grossistes?|(?:pour|a) la revente|revente en l'etat)(?![a-z])/;
