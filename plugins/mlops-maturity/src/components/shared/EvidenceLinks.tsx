import { Link } from '@backstage/core-components';
import { EvidenceLink } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';

/** An answer's evidence links, comma-separated, each in a new tab. */
export function EvidenceLinks(props: { links: EvidenceLink[] }) {
  return (
    <>
      {props.links.map((link, i) => (
        <span key={`${link.url}-${i}`}>
          {i > 0 && ', '}
          <Link
            to={link.url}
            target="_blank"
            rel="noopener noreferrer"
            externalLinkIcon
          >
            {link.title}
          </Link>
        </span>
      ))}
    </>
  );
}
