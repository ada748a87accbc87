// The cues of a text's audience (docs/scope.md): the phrases that scope the terms, the consumer and professional
// markers, the weaker hints of either kind, and the words that qualify them (negations, exemptions, mediation).
// Patterns only, written for folded text (src/lint/scan/text.ts); src/lint/scope/audience-readers.ts reads them in
// context and src/lint/scope/audience.ts decides.
import type { Audience } from "../types.js";
import { FIRM, HOUSEHOLD, SESSION } from "./trade.js";

// ── Scope sentences: the terms saying whom they serve (read first, they win). ──
// « s'appliquent exclusivement aux professionnels », « réservées aux consommateurs », « destinées uniquement à des clients
// professionnels », « réservé aux revendeurs », « réservées à notre clientèle professionnelle ».
export const EXCLUSIVE = /(?:(?:exclusivement|uniquement|seulement|strictement)(?:\s+(?:destinee?s?|reservee?s?|applicables?|ouverte?s?|proposee?s?))?|reservee?s?|(?:destinee?s?|applicables?|ouverte?s?|proposee?s?)\s+(?:exclusivement|uniquement|seulement))\s+(?:aux|a des|a un|au|a une|a la|a notre|a nos|a leur)\s+(?:clients?\s+|acheteurs?\s+)?(professionnel|consommateur|particulier|non-professionnel|entreprise|revendeur|clientele professionnelle|clientele de particuliers)s?(?![a-z])/;
// The terms' own scope, one kind named (round T37h): « Ces CGV s'appliquent à toutes les prestations réalisées pour des
// particuliers », « s'appliquent aux ventes conclues avec des professionnels ».
export const APPLIES_TO_ONE_KIND = /(?:s'appliqu(?:e|ent)|regi(?:ssent|t))\s+(?:a|aux)\s+(?:[^.;:\n]{0,80}?\s)?(?:pour|a|aux|avec|aupres)\s+(?:des\s+|les\s+|de\s+|ses\s+|nos\s+|leurs\s+)?(?:clients?\s+)?(professionnel|consommateur|particulier|entreprise)s(?![a-z])(?!\s+(?:et|ou|comme)\s+(?:aux\s+|a des\s+|des\s+|les\s+)?(?:clients?\s+)?(?:professionnel|consommateur|particulier|entreprise|non-professionnel))/;
// « ne s'appliquent pas aux consommateurs », « ne sont pas destinées aux consommateurs »: professionals only.
// « à l'exclusion des consommateurs », « les particuliers ne sont pas admis »: the same.
export const EXCLUDES_CONSUMERS = /(?:ne\s+s'appliqu\w*|ne\s+(?:sont|est)\s+(?:pas\s+)?(?:applicables?|destinee?s?|ouverte?s?))\s+(?:pas\s+)?(?:aux|a des)\s+(?:consommateurs|particuliers|non-professionnels)(?![a-z])|(?<![a-z])a l'exclusion des (?:consommateurs|particuliers|non-professionnels)(?![a-z])|(?<![a-z])(?:les )?(?:consommateurs|particuliers) ne (?:sont|peuvent) pas (?:admis|acceptes|autorises|commander|s'inscrire|souscrire)(?![a-z])/;
// A scope phrase naming both audiences (« que le Client soit professionnel ou consommateur », « ne
// s'adressent qu'aux entreprises et aux particuliers », « tout professionnel … ou étudiant »): terms for both.
// Students are named as the consumers of a trade's tools: they buy for their studies, not for a business.
const PRO_WORD = String.raw`(?:professionnel|entreprise|commercant|artisan)s?`;
const CONSUMER_WORD = String.raw`(?:consommateur|particulier|non-professionnel|etudiant)s?`;
export const BOTH_SCOPES = [
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

// ── Consumer markers. ──
// The parties' categories on a platform or in a club (« les membres particuliers », « utilisateurs professionnels », « compte
// particulier »): with a kind, they name who the terms serve, as « client particulier » does.
const USER_CATEGORY = String.raw`utilisateurs?|membres?|comptes?|abonnes?|annonceurs?|hotes?|adherents?|inscrits?`;

// « les particuliers », « client particulier », not « en particulier ». A category of users or accounts (« les membres
// particuliers », « un compte particulier ») names private persons among the parties too (round T14).
export const PRIVATE_CATEGORY = new RegExp(String.raw`(?<![a-z])(?:les|des|aux|un|le|au|clients?|acheteurs?|${USER_CATEGORY})\s+particuliers?(?![a-z])`);
// A category denied access to the terms (« … ne peuvent pas commander », « … ne sont pas admis »).
export const DENIED_ACCESS = /^\s*(?:ne|n')\s*(?:peu\w+|sont|est|pourront|pourra|doivent|sauraient)\s+(?:pas|en aucun cas)\s+(?:etre\s+)?(?:admis|acceptes?|autorises?|commander|s'inscrire|souscrire|ouvrir|acheter|beneficier|utiliser|acceder|devenir|passer)/;
export const CONSUMER = [
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
// ── Both kinds named, or a rule for one kind of client ("mixed"). ──
// « des indépendants, des petites entreprises, des particuliers », « les particuliers paient à la commande ; les
// entreprises … »: both kinds named in one sentence.
// « non-professionnels » are on the consumer side (C. conso., article liminaire), never professionals.
export const BOTH = /(?:particuliers|consommateurs)[^.:]{0,100}(?<![a-z-])(?<!non )(?:entreprises|professionnels|independants|commercants|artisans)(?![a-z])|(?<![a-z-])(?<!non )(?:entreprises|professionnels|independants|commercants|artisans)[^.:]{0,100}(?:particuliers|consommateurs)(?![a-z])/;
// « Si le Client est un consommateur, … », « lorsque l'acheteur a la qualité de professionnel »: a rule for one kind of
// client means the terms serve the other kind too.
export const CONDITIONAL = /(?<![a-z])(?:si|lorsque|lorsqu'|au cas ou|dans le cas ou|quand|pour le cas ou)\s*(?:le|la|l'|un|une)\s*(?:client|cliente|acheteur|acheteuse|acquereur|abonne|souscripteur|utilisateur|membre|stagiaire|beneficiaire|cocontractant|donneur d'ordre)\s+(?:est|serait|a la qualite d[e']|agit en (?:tant que|qualite de))\s*(?:un |une )?(?:consommateur|consommatrice|particulier|non-professionnel|professionnel|professionnelle|entreprise|commercant)(?![a-z])/;
// A user acting for a firm (« si vous utilisez le service pour le compte d'une entreprise », « un utilisateur qui s'inscrit
// au nom d'une personne morale »): the terms speak to a person and bind a firm too when one is behind him, a rule for one
// kind of client as a conditional is (round T21). Not « pour le compte de la société » (the seller) nor « du vendeur ».
export const FOR_A_FIRM = /(?<![a-z])(?:vous|utilisateurs?|clients?|membres?|abonnes?|inscri\w*|utilis\w*)(?![a-z])[^.;]{0,60}?(?<![a-z])(?:pour le compte|au nom) (?:d'une|de votre|de leur|de son|de sa) (?:entreprise|societe|organisation|personne morale|employeur|association|structure)(?![a-z])/;
// A price or an amount « HT » as the ceiling of a liability or a guarantee (« limitée au montant HT payé »): a cap reckoned
// on the price, not a price quoted to firms (round T21).
export const CAP_BEFORE = /(?:limitee?s?|plafonnee?s?|exceder|excedera|depasser|depassera)\s+(?:a|au|aux|a la|le|la)?\s*(?:[a-z']+\s+){0,3}$/;
// ── Professional markers: who the client is, and the payment mechanisms owed between professionals. ──
// Who the client is: a professional, a company, a firm with clients and company numbers of its own.
export const PRO_IDENTITY = [
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
  // A platform's account opened as a trade (« un profil entrepreneur », « votre compte artisan », « un profil d'entreprise »,
  // « créer un compte en tant que client ou prestataire »): the trader is one of the users the terms bind, as « compte pro »
  // is (round T35a). Not the seller's own page (« la page de l'entreprise ») nor « les profils des prestataires » read by a client.
  /(?<![a-z])(?:un|votre|son|leur|chaque|tout|le|les|des|du|vos|leurs|ses)\s+(?:comptes?|profils?|espaces?)\s+(?:d'|en tant qu'|en qualite d')?(?:entrepreneurs?|artisans?|entreprises?|commercants?|prestataires?|vendeurs? professionnels?)(?![a-z])|(?<![a-z])(?:en tant que|en qualite de|comme)\s+(?:client|utilisateur|particulier|acheteur)\s+ou\s+(?:en tant que\s+|comme\s+)?(?:entrepreneur|artisan|prestataire|professionnel|commercant|vendeur professionnel)(?![a-z])/,
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
export const PROFESSIONAL = [...PRO_IDENTITY, ...PRO_MECHANISMS];
// One of the offers named for professionals or companies (« des prestations sur mesure pour professionnels », « formules
// dédiées aux entreprises », « offre entreprises »): beside services to households it tells terms for both.
export const PRO_OFFER = /(?<![a-z])(?:(?:prestations?|offres?|formules?|services?|forfaits?|tarifs?|cours|ateliers?|packs?|seances?)(?:\s+[a-z]+){0,3}?\s+(?:pour|dediee?s? aux|adaptee?s? aux)\s+(?:les\s+)?(?:professionnels|entreprises)|(?:offres?|formules?|tarifs?|forfaits?|packs?) (?:entreprises?|pros?|professionnel(?:le)?s?))(?![a-z])/;
// The client « toute personne physique ou morale »: alone it tells nothing (any terms define their client so), but
// beside consumer markers it says the terms serve companies too, which are never consumers. Not a « tiers ».
// Either order: « toute personne morale ou physique » names the same client (round T19).
export const ANY_PERSON = /(?<![a-z])personnes? (?:physiques? ou morales?|morales? ou physiques?)(?![a-z])/;
export const CLIENT_WORD = /(?<![a-z])(?:clients?|acheteurs?|acquereurs?|mandants?|abonnes?|souscripteurs?|membres?|cocontractants?|passant (?:une )?commande|realisant (?:une )?commande|beneficiant)(?![a-z])|(?<![a-z])souhaitant (?:s')?[a-z]{4,}/;
// The client defined as a natural person only (« **Client** : toute personne physique qui… », « l'Utilisateur désigne toute
// personne physique »): no company may be a client; not « personne physique ou morale », nor a natural person acting for a
// trade or a company, nor one that represents the client (round T35a).
export const NATURAL_PERSON_CLIENT = /(?<![a-z])(?:clients?|clientes?|utilisateurs?|utilisatrices?|acheteurs?|abonnes?|souscripteurs?|membres?|participants?|adherents?|beneficiaires?|stagiaires?|inscrits?)(?![a-z])\W{0,8}(?::|designe\w*|s'entend\w*(?: de)?|est|sont|(?:peut|peuvent) etre|(?:peut|peuvent) etre uniquement)\s*(?:exclusivement\s+|uniquement\s+|seulement\s+)?(?:toute?s?|une?|la|les|des)\s+personnes?\s+physiques?(?![a-z])(?!\s+ou\s+morales?)(?![^.;\n]{0,100}(?:morales?|societes?|entreprises?|professionnel|pour le compte|represent|activite|commerc|artisan))/;
// Not a « tiers-lieu » (a shared workplace): a place, not a third party.
// A « tiers-payeur » is a third party (round T37h).
export const NOT_PARTY = /(?<![a-z])(?:tiers(?![a-z])(?!-lieux?(?![a-z]))|non partie(?![a-z]))/;
// The commercial court as the agreed forum: only traders can be bound to it (C. com. L721-3; a consumer keeps his
// own court, C. conso. R631-3). Not the seller's registration (« greffe du tribunal de commerce », « RCS »). A clause
// sellers copy from trade templates: a household's service (« interventions à domicile ») outweighs it.
export const COMMERCIAL_COURT = /(?<![a-z])(?<!(?:greffe|rcs|immatricul\w*|inscrite?|registre)[^.;]{0,40})(?:tribunal|tribunaux) de commerce(?![a-z])/;
// The client's declaration of its purpose, private or outside any trade (« l'acheteur déclare que l'achat est sans rapport
// direct avec son activité professionnelle », « atteste commander à des fins personnelles »). A dot inside a word (the
// site's address) does not end the declaration.
export const PRIVATE_PURPOSE = /(?<![a-z])(?:declare\w*|atteste\w*|certifie\w*|reconnai\w*|affirme\w*)(?:[^.;]|\.(?=\S)){0,160}?(?:sans (?:aucun )?rapport (?:direct )?avec (?:son|sa|leur|une|toute) activite professionnelle|(?:en dehors|hors) (?:de )?(?:toute|son|leur|sa) activite professionnelle|a des fins (?:personnelles|privees|non professionnelles)|(?:usage|utilisation) (?:strictement |exclusivement )?(?:personnel(?:le)?|privee?))(?![a-z])/;
// A use limited to private purposes (« exclusivement pour un usage personnel », « uniquement à des fins personnelles », « n'…
// qu'à des fins privées »; the « que » stays outside, so that the restriction « n'… que » is read as one).
export const PRIVATE_USE_ONLY = /(?:(?<=(?<![a-z])(?:qu'|que\s))|(?<![a-z])(?:exclusivement|uniquement|strictement|seulement)\s+)(?:pour|a)\s+(?:un |une |des )?(?:usage|utilisation|fins)\s+(?:personnel(?:le)?s?|privee?s?)(?![a-z])/;
// The professional clients named as a group that one thing is offered to (PRO_IDENTITY's « clients professionnels »).
export const PRO_CLIENTS = /(?<![a-z])(?:clients? professionnels?|aux professionnels|clientele professionnelle)(?![a-z])/;
// One document, option or offer (a DPA, an invoice, a pro plan) made available, offered or sent to them; not the terms.
export const ONE_THING = /(?<![a-z])(?:accords?|contrats? de (?:traitement|sous-traitance)|factures?|options?|offres?|plans?|formules?|modeles?|attestations?|licences?|abonnements?|remises?|data processing agreement|dpa)(?![a-z])/;
export const OFFERED = /(?<![a-z])(?:disponibles?|proposee?s?|remise?s?|emise?s?|offerte?s?|fournie?s?|envoyee?s?|destinee?s?|peu(?:t|vent) (?:demander|souscrire|obtenir|beneficier|recevoir|choisir|opter))(?![a-z])/;
export const THE_TERMS = /(?<![a-z])(?:presentes|conditions generales|conditions particulieres|cg[vu]s?)(?![a-z])/;
// ── Hints, read when no marker speaks. ──
// Weaker hints, read only when no marker above speaks: prices before tax and invoices paid at a term
// are the trade's ways; a basket and delivery costs are a shop's. Only one kind may be present.
export const PROFESSIONAL_HINTS = [
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
export const AT_HOME = /(?<![a-z])(?<!(?:fournisseur|vendeur|prestataire|creancier)[^.;]{0,40})(?:a|au|a son|a leur)\s+domicile(?![a-z])(?!\s+(?:du|de l.|de la)\s*(?:defendeur|demandeur|fournisseur|vendeur|prestataire|creancier|societe|entreprise))(?!\s+(?:legal|social|elu|fiscal)(?![a-z]))/;
export const CONSUMER_HINTS = [
  /(?<![a-z])(?:panier|frais de port|frais de livraison|livraison a domicile)(?![a-z])/,
  // The buyer addressed as « vous », about its order and its parcel.
  /(?<![a-z])(?:votre (?:commande|colis|achat)|vos achats|votre adresse de livraison|l'adresse de livraison de votre choix)(?![a-z])/,
  AT_HOME,
  // The client's home, children, pet, wedding, the ways households pay, a session of care (src/lint/scope/trade.ts).
  ...HOUSEHOLD,
  SESSION,
];
// ── Words that void a cue in its sentence or clause. ──
export const NEGATIVE = /(?<![a-z])(?:ne|n'|pas|aucune?|absence|exclu\w*|sauf)(?![a-z])/;
// « ne peut s'inscrire qu'avec », « n'est ouvert qu'aux »: a restriction; not when a negation word sits in between.
export const RESTRICTIVE = /(?<![a-z])n(?:e |')(?:(?!pas|aucun|jamais|plus|ni )[^.;]){0,60}?qu(?:e |')/g;
export const PLAIN_NEGATIVE = /(?<![a-z])(?:ne|n'|pas|aucune?)(?![a-z])/;
export const SCOPE_OF: Record<string, Audience> = {
  professionnel: "b2b",
  entreprise: "b2b",
  revendeur: "b2b",
  "clientele professionnelle": "b2b",
  consommateur: "b2c",
  particulier: "b2c",
  "non-professionnel": "b2c",
  "clientele de particuliers": "b2c",
};

// ── Words that qualify a cue: an exempt or export price, boilerplate mediation, small firms, others' consumers. ──
// A VAT exemption cited (« exonérées de TVA », « article 261-4-4° du CGI », « TVA non applicable, art. 293 B »).
export const VAT_EXEMPT = /(?<![a-z])(?:exoneree?s? de (?:la )?tva|exoneration de (?:la )?tva|261[- ]?4[- ]?4|tva non applicable|293 ?b|non assujettie?s? a (?:la )?tva)(?![a-z])/;
// A shipment or a sale outside the EU (« livrée hors de l'Union européenne », « à l'exportation », « DOM-TOM »).
export const EXPORT = /(?<![a-z])(?:(?:hors|en dehors) (?:de l')?(?:union europeenne|ue|cee)|exportations?|a l'export|dom-tom)(?![a-z])/;

// The consumer mediation clause (and the EU's ODR platform that goes with it).
export const MEDIATION = /(?<![a-z])(?:mediat\w*|reglement en ligne des litiges|odr)(?![a-z])/;

// The consumer's rights extended to a firm of five employees at most, for a contract outside its main activity
// (C. conso. L221-3): said of firms, not consumers.
export const SMALL_FIRM = /(?<![a-z])l\.?\s?221-3(?![0-9])|(?<![a-z])(?:cinq|5) salaries|(?:champ|cadre) de (?:son|leur) activite principale|(?:etrangere?s?|exterieure?s?) a (?:son|leur) activite principale/;

// The client's own consumers (« le Client informe ses propres consommateurs de leur droit de rétractation », « les
// conditions qu'il propose à ses clients consommateurs »): an agency's or a supplier's clients sell to consumers; the
// consumers are not the terms' parties (round T19).
export const CLIENTS_CONSUMERS = /(?<![a-z])(?:ses|leurs) (?:propres )?(?:clients? )?(?:consommateurs|clients finaux)(?![a-z])/;
// A right waived (« vaut renonciation au droit de rétractation ») is a right denied.
export const WAIVED = /(?<![a-z])(?:renonciation (?:expresse )?(?:au|a son|a votre|a leur) droit|(?:perd|perdez|perdent) (?:son|votre|leur|le) droit|perte du droit) de retractation(?![a-z])/;
// Consumer law cited « lorsqu'il s'applique », « dans la mesure où elles sont applicables »: hedged, not invoked.
export const HEDGED = /(?<![a-z])(?:lorsqu'(?:il|elle)s?|s'ils?|dans la mesure ou (?:il|elle)s?)\s+(?:s'applique(?:nt)?|(?:est|sont) applicables?)(?![a-z])/;
