import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { mlopsMaturityTranslationRef } from '../../../translation';
import { OurAddition } from '../OurAddition';

/** Who does what at a level: "Data scientists: Work in isolation, …". */
export function LevelPeopleList(props: { level: MaturityLevel }) {
  const people = props.level.people ?? [];
  if (people.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {people.map(p => (
        <li key={p.role}>
          <Typography variant="body2">
            <strong>{p.role}</strong>: {p.description}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/** How models are released at a level, as the reference lists it. */
export function ModelReleaseList(props: { level: MaturityLevel }) {
  const items = props.level.modelRelease ?? [];
  if (items.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {items.map(item => (
        <li key={item}>
          <Typography variant="body2">{item}</Typography>
        </li>
      ))}
    </ul>
  );
}

/** The reference's real-world example of a level, step by step. */
export function RealWorldExample(props: { level: MaturityLevel }) {
  const example = props.level.realWorldExample;
  if (!example) return null;
  return (
    <>
      <Typography variant="body2">{example.title}</Typography>
      <ol style={{ margin: 0, paddingLeft: 24 }}>
        {example.steps.map(step => (
          <li key={step}>
            <Typography variant="body2">{step}</Typography>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The quotations about a level, each with its source linked. */
export function LevelQuotes(props: { level: MaturityLevel }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const quotes = props.level.quotes ?? [];
  if (quotes.length === 0) return null;
  return (
    <>
      {quotes.map(q => (
        <Box component="figure" key={q.text} m={0} mb={1}>
          <Box
            component="blockquote"
            m={0}
            pl={1.5}
            borderLeft={3}
            borderColor="divider"
          >
            <Typography variant="body2">“{q.text}”</Typography>
          </Box>
          <Typography variant="caption" component="figcaption">
            <Link to={q.url}>
              {q.accessed
                ? t('levelQuotes.fromAccessed', {
                    source: q.source,
                    accessed: q.accessed,
                  })
                : t('levelQuotes.from', { source: q.source })}
            </Link>
          </Typography>
        </Box>
      ))}
    </>
  );
}

/** Our notes on a level, where the reference contradicts itself; marked as ours. */
export function LevelNotes(props: { notes?: string[]; title: string }) {
  const notes = props.notes ?? [];
  if (notes.length === 0) return null;
  return (
    <Box component="aside" aria-label={props.title} mt={1}>
      {notes.map(note => (
        <OurAddition key={note} testId="our-note">
          <strong>{props.title}</strong> {note}
        </OurAddition>
      ))}
    </Box>
  );
}
