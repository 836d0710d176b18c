const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!);
}

const SAFE_SCHEMES = /^(?:https?:\/\/|mailto:|tel:)/i;

/** The value as a link target when it is an http(s), mailto or tel URL; otherwise undefined (shown as text). */
export function safeHref(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  // control characters and whitespace inside a URL are how scheme filters get bypassed
  if (!SAFE_SCHEMES.test(trimmed) || /[\u0000-\u0020\u007F]/.test(trimmed.replace(/^tel:[+0-9 ()-]*$/i, 'tel:'))) return undefined;
  return trimmed;
}

export function mailtoHref(email: string | undefined): string | undefined {
  if (email === undefined || !/^[^\s@<>"']+@[^\s@<>"']+$/.test(email)) return undefined;
  return `mailto:${email}`;
}
