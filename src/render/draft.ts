// A document rendered with --force despite lint errors is a draft: it carries this mark on every
// page (layout.hbs, print.css), in its PDF title and keywords (render.ts), so it cannot be sent by mistake.
export const DRAFT_MARK = "BROUILLON — non conforme";
