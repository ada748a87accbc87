import { compareDates } from "../../../legal/dates.js";
import { findFirst, fold } from "../../scan/text.js";
import type { LintClause, RuleContext } from "../../types.js";
import { findIdentifiers } from "../../scan/identifiers.js";
import { ASSOCIATION, EI_MENTION_FROM, LEGAL_FORM_ACRONYMS, LEGAL_FORM_WORDS, findProsePlaceholders, withoutHostDetails } from "../../scan/identity.js";
import { CAPITAL, COMPANY_ACRONYMS, COMPANY_WORDS, INDIVIDUAL_STATUS, MICRO_ENTREPRENEUR, REGISTERED, findFirstCased, givesAnAddress, identityPassage, identityPassages, isSirenShaped, lineText, passageAt, sellerSentences, traderLine, withoutThirdParties } from "./blocks.js";
import { withDefinitionTerms } from "./definition-list.js";
import { OTHER_FORMS, eiMentionsOf, eiMentionsWithoutName, namesAnyForm, representedByAPerson } from "./duties.js";
import { announcedEmptyIdentity } from "./empty-identity.js";
import { label } from "./items.js";
import { blockNameLine, nameAtopAddress } from "./location.js";
import { findBracketedPlaceholders, reportProsePlaceholders } from "./placeholders.js";
import { companyOfTheseTerms, definedRole, firstNamedAsSeller, ownIdentityLine, sellerByShopOrSite, sellerDefinedByRole, sellerLocated, sellerOfTheseTerms, sellerParty, withoutTrailingConnector } from "./trade-name.js";

export function checkProse(context: RuleContext): void {
  const { doc, asOf } = context;
  const report = (clause: LintClause, start: number, end: number, messageId: string, data?: Record<string, unknown>) =>
    context.report({ messageId, data, range: clause.locate(start, end) });

  const reported = reportProsePlaceholders(context, new Set());
  if (doc.law !== "FR") return;

  const own = withDefinitionTerms(doc.clauses).map((c) => ({ clause: c, body: withoutThirdParties(withoutHostDetails(c.body)) }));
  const anchored = identityPassage(own);
  // A natural person who trades (« Paul Durand – commerçant ») is registered at the RCS whether or not the text
  // says so: its line is the seller's block when no identity mention is written.
  const traderAt = traderLine(own);
  // (A company that calls itself a trader, « Brume SAS, commerçant en ligne », is a company.)
  const trader = traderAt && !COMPANY_ACRONYMS.test(lineText(traderAt)) && (!anchored || (anchored.clause === traderAt.clause && anchored.start <= traderAt.start && traderAt.start < anchored.end)) ? traderAt : undefined;
  const passage = anchored ?? (trader && passageAt(trader.clause, trader.start, trader.end, trader.body));
  // The seller's details announced and left empty are the one finding, whatever else the text says.
  const empty = announcedEmptyIdentity(own, passage !== undefined);
  if (empty) {
    context.report({ messageId: "identityEmpty", range: empty.clause.locate(empty.start, empty.end) });
    return;
  }
  if (!passage) {
    // No identity at all: whether the seller is registered (and owes a SIREN) cannot be known, unless the
    // terms name it by its name only: as the party that sells
    // (« entre Hippô'kom, agence de communication, et ses clients »), by its role (« X (dite le vendeur) »), or
    // as whoever offers what the terms govern — a business without any number to find it by.
    const found = sellerParty(own) ?? sellerDefinedByRole(own) ?? sellerOfTheseTerms(own) ?? companyOfTheseTerms(own) ?? sellerLocated(own) ?? sellerByShopOrSite(own, doc.text);
    const party = found && withoutTrailingConnector(found);
    if (party && definedRole(own, party.name)) return;
    // A seller known only by its website has no line that names it: its identity is missing from the whole text.
    const home = party && ("website" in party ? doc.locateSellerFact(["legalName"]) : ownIdentityLine(own, party.name) ?? firstNamedAsSeller(own, party.name));
    if (party && !reported.has("siren") && !reported.has("siret")) context.report({ messageId: "tradeNameOnly", data: { name: party.name }, range: home ?? party.clause.locate(party.start, party.end) });
    return;
  }
  const ownSentences = own.flatMap((c) => sellerSentences(c.body));
  // A definition list's bold term (« **RCS** » then « : Angers 732 829 320 ») is read as a heading: the term belongs
  // with the value under it.
  const headed = (c: { clause: LintClause; body: string }) => `${c.clause.title ?? ""}\n${c.body}`;
  const registered = reported.has("rcs") || ownSentences.some((s) => REGISTERED.test(fold(s))) || own.some((c) => c.clause.title !== undefined && REGISTERED.test(fold(c.clause.title)) && findIdentifiers(headed(c)).some(isSirenShaped));
  // A registration reported as pending (« En cours de création ») is the one defect: no SIREN exists yet.
  const hasSiren = reported.has("rcs") || reported.has("siren") || reported.has("siret") || own.some((c) => findIdentifiers(headed(c)).some(isSirenShaped));
  // A seller often names itself twice (« les ventes de Brume SAS » at the top, the full block in the legal
  // notice): its capital and its « EI » are missing only if no block of the seller gives them. The form stays
  // the first block's (« la Société X » there and « entrepreneur individuel » pages later do not make a form).
  const blocks = [passage, ...identityPassages(own).filter((p) => p.clause !== passage.clause || p.end <= passage.start || p.start >= passage.end)];
  const inSomeBlock = (test: (text: string) => boolean) => blocks.some((b) => test(b.text));
  // « **SO FAST CAR SAS** » alone on its line reads as the heading of the block below it: the name, with its form,
  // is the passage's title when the passage opens its clause.
  const named = passage.start === 0 ? `${passage.clause.title}\n${passage.text}` : passage.text;
  const hasForm = findFirst(named, LEGAL_FORM_WORDS) !== undefined || LEGAL_FORM_ACRONYMS.test(named) || OTHER_FORMS.test(named);
  const company = findFirst(passage.text, COMPANY_WORDS) ?? findFirstCased(passage.text, COMPANY_ACRONYMS);
  // An association (loi 1901) is not registered at the RCS and has no share capital; a company that names one is still a company.
  if (!company && findFirst(passage.text, ASSOCIATION)) return;

  // Absent items: one finding for the seller's block, on the line that names the seller.
  const absent: Array<{ item: string; messageId: string; data?: Record<string, unknown> }> = [];
  if (!hasSiren && (registered || company || trader)) absent.push({ item: "siren", messageId: "sirenMissing" });
  // A trader in person has no legal form to state (its « EI » mention is asked below).
  if (!hasForm && registered && !trader) absent.push({ item: "legalForm", messageId: "legalFormMissing" });
  if (company && !reported.has("shareCapital") && !inSomeBlock((t) => findFirst(t, CAPITAL) !== undefined)) {
    absent.push({ item: "shareCapital", messageId: "shareCapitalMissing", data: { form: company.text } });
  }
  if ((company || trader) && !registered) absent.push({ item: "rcs", messageId: "rcsCityMissing" });
  // Every registered seller gives its registered office (R123-237 3°): an address anywhere in its own words will do.
  if ((registered || company || trader) && !own.some((c) => givesAnAddress(c.body))) absent.push({ item: "registeredOffice", messageId: "registeredOfficeMissing" });
  const ei = compareDates(asOf, EI_MENTION_FROM) >= 0;
  const status = findFirst(passage.text, INDIVIDUAL_STATUS);
  const eiMissing = !inSomeBlock((t) => eiMentionsOf(t).length > 0);
  if (ei && (findFirst(passage.text, MICRO_ENTREPRENEUR) || status || trader) && eiMissing) absent.push({ item: "eiMention", messageId: "eiMentionMissing" });
  // A business number with neither a form nor « EI » anywhere in the seller's own words: either a company that
  // does not say its form (R123-237/238) or an entrepreneur individuel without the mention next to its name (R526-26).
  else if (ei && hasSiren && !registered && !company && !trader && !hasForm && eiMissing && !inSomeBlock(representedByAPerson) && !own.some((c) => namesAnyForm(c.body) || namesAnyForm(c.clause.title))) {
    absent.push({ item: "legalFormOrEi", messageId: "legalFormOrEiMissing" });
  }
  // The « EI » mention alone is missing where a status line was written in its stead: reported there.
  const statusRange = absent.length === 1 && absent[0]!.item === "eiMention" && status ? passage.clause.locate(passage.start + status.start, passage.start + status.end) : undefined;
  const nameRow = passage.nameRow ? passage.clause.locate(passage.nameRow.start, passage.nameRow.end) : undefined;
  const nameLine = trader ? passage.clause.locate(trader.start, trader.end) : blockNameLine(passage);
  // A company named as a party and, further on, atop its own contact block: the block is where its missing items belong.
  const block = passage.party ? nameAtopAddress(own) : undefined;
  const range = statusRange ?? nameRow ?? block ?? nameLine ?? doc.locateSellerFact(["legalName"]);
  // One report per seller block: a placeholder in the block (« SASU en cours d'immatriculation ») already is it.
  const placeholderInBlock = [...findProsePlaceholders(passage.clause.body), ...findBracketedPlaceholders(passage.clause.body)].some((p) => p.start >= passage.start && p.start < passage.end);
  if (placeholderInBlock) absent.length = 0;
  if (absent.length === 1) context.report({ messageId: absent[0]!.messageId, data: absent[0]!.data, range });
  else if (absent.length > 1) {
    const items = absent.map((a) => label(a.item, context));
    const list = `${items.slice(0, -1).join(", ")} ${context.locale === "en" ? "and" : "et"} ${items[items.length - 1]}`;
    context.report({ messageId: "incomplete", data: { items: list }, range });
  }

  if (ei) {
    const unnamed = eiMentionsWithoutName(passage.text)[0];
    if (unnamed) report(passage.clause, passage.start + unnamed.start, passage.start + unnamed.end, "eiMentionWithoutName", { mention: unnamed.text });
  }
}
