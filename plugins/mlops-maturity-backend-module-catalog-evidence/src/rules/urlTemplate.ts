/** A piece of a URL template: literal text or a placeholder. */
type TemplatePart =
  | { text: string }
  | { value: true }
  | { annotation: string; fallback?: string };

/** A parsed URL template, e.g. `https://github.com/{{value}}`. */
export interface UrlTemplate {
  parts: TemplatePart[];
  /** The annotations its placeholders read. */
  annotations: string[];
  usesValue: boolean;
}

/** What a template is filled with. */
export interface UrlTemplateValues {
  value?: string;
  annotations?: Record<string, string>;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const URL_MAX_LENGTH = 2048;

/** The string as an absolute http(s) URL of at most 2048 characters, or undefined. */
export function httpUrl(candidate: string | undefined): string | undefined {
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return undefined;
    }
    return url.href.length <= URL_MAX_LENGTH ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses a template; throws with what is wrong (an unknown placeholder, or
 * a template that cannot give an absolute http(s) URL).
 */
export function parseUrlTemplate(template: string): UrlTemplate {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) {
      parts.push({ text: template.slice(last, match.index) });
    }
    last = match.index + match[0].length;
    const inner = match[1].trim();
    const annotation = /^annotation:([^|\s]+)(?:\|(.*))?$/.exec(inner);
    if (inner === 'value') {
      parts.push({ value: true });
    } else if (annotation) {
      parts.push({
        annotation: annotation[1],
        ...(annotation[2] !== undefined && { fallback: annotation[2].trim() }),
      });
    } else {
      throw new Error(
        `has the placeholder {{${inner}}}; use {{value}}, {{annotation:KEY}} or {{annotation:KEY|fallback}}`,
      );
    }
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  if (/\{\{|\}\}/.test(parts.map(p => ('text' in p ? p.text : '')).join(''))) {
    throw new Error('has an unclosed {{ or a stray }}');
  }
  const parsed: UrlTemplate = {
    parts,
    annotations: parts.flatMap(p => ('annotation' in p ? [p.annotation] : [])),
    usesValue: parts.some(p => 'value' in p),
  };
  // Filled with sample values, it must make a URL: a leading placeholder
  // stands for a whole URL (e.g. {{value}} for an annotation that holds one).
  const sample = parts
    .map((p, index) => {
      if ('text' in p) return p.text;
      return index === 0 ? 'https://example.com/x' : 'x';
    })
    .join('');
  if (!httpUrl(sample)) {
    throw new Error(
      `does not make an absolute http(s) URL (e.g. https://github.com/{{value}})`,
    );
  }
  return parsed;
}

/**
 * The template filled in, as an absolute http(s) URL; undefined when a
 * placeholder has no value (no fallback) or the result is not such a URL.
 */
export function renderUrlTemplate(
  template: UrlTemplate,
  values: UrlTemplateValues,
): string | undefined {
  let url = '';
  for (const part of template.parts) {
    let piece: string | undefined;
    if ('text' in part) piece = part.text;
    else if ('value' in part) piece = values.value;
    else piece = values.annotations?.[part.annotation]?.trim() || part.fallback;
    if (!piece) return undefined;
    url += piece;
  }
  return httpUrl(url);
}
