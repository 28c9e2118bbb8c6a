import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  CurrentAssessment,
  EvidenceSignal,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MlopsMaturityApi, mlopsMaturityApiRef } from '../../../api';
import {
  evidenceSignal,
  mixedSignals,
} from '../../../__testUtils__/evidenceFixtures';
import {
  echoingSaveDraft,
  fakeMlopsMaturityApi,
} from '../../../__testUtils__/fakeMlopsMaturityApi';
import {
  ENTITY_REF,
  currentAssessment,
  mixedAnswers,
  testModel,
} from '../../../__testUtils__/maturityFixtures';
import { AssessmentEditor } from './AssessmentEditor';

// The questionnaire is a large form; see AssessmentEditor.test.tsx.

const title = (id: string) => testModel.questions.find(q => q.id === id)!.title;
const question = (id: string) => screen.getByTestId(`question-${id}`);
const evidenceOf = (id: string) =>
  within(question(id)).getByRole('status', {
    name: `Evidence for ${title(id)}`,
  });
const checkedLevel = (id: string) =>
  within(question(id))
    .getAllByRole('radio')
    .find(radio => (radio as HTMLInputElement).checked)
    ?.getAttribute('value');

async function renderEditor(options: {
  api?: MlopsMaturityApi;
  current?: CurrentAssessment;
  signals?: EvidenceSignal[];
}) {
  const api = options.api ?? fakeMlopsMaturityApi();
  await renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      <AssessmentEditor
        title="Update assessment"
        entityRef={ENTITY_REF}
        model={testModel}
        current={options.current}
        signals={options.signals}
        onClose={jest.fn()}
        onSubmitted={jest.fn()}
        onDraftChange={jest.fn()}
      />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return api;
}

describe('AssessmentEditor with evidence', () => {
  it('suggests what the evidence shows for an unanswered question, and fills in nothing until accepted', async () => {
    const api = fakeMlopsMaturityApi({ saveDraft: echoingSaveDraft() });
    await renderEditor({
      api,
      signals: [
        evidenceSignal(
          'incident-response',
          3,
          'On-call alerts through PagerDuty',
          { detail: 'Annotation pagerduty.com/service-id: P123' },
        ),
      ],
    });

    const evidence = evidenceOf('incident-response');
    expect(evidence).toHaveTextContent(
      'Suggested: L3 — On-call alerts through PagerDuty',
    );
    expect(evidence).toHaveTextContent(
      'Annotation pagerduty.com/service-id: P123',
    );
    expect(
      within(evidence).getByRole('link', {
        name: /On-call alerts through PagerDuty/,
      }),
    ).toHaveAttribute('href', 'https://tools.example/incident-response');
    expect(checkedLevel('incident-response')).toBeUndefined();
    expect(screen.getAllByTestId('evidence-suggestion')).toHaveLength(1);

    await userEvent.click(
      within(evidence).getByRole('button', {
        name: 'Accept the suggested L3 for Incident Response and add its evidence link',
      }),
    );

    expect(checkedLevel('incident-response')).toBe('3');
    // The link says it opens a new window, for screen readers.
    expect(evidence).toHaveTextContent(
      /^Evidence: L3 — On-call alerts through PagerDuty, Opens in a new window It backs this answer\.$/,
    );
    expect(within(evidence).queryByRole('button')).not.toBeInTheDocument();
    expect(evidence).toHaveFocus();
    expect(
      within(question('incident-response')).getByLabelText(
        'Incident Response evidence 1 URL',
      ),
    ).toHaveValue('https://tools.example/incident-response');

    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.saveDraft).toHaveBeenCalledWith(ENTITY_REF, {
      draftVersion: null,
      baseRevision: null,
      answers: {
        'incident-response': {
          level: 3,
          evidence: [
            {
              title: 'On-call alerts through PagerDuty',
              url: 'https://tools.example/incident-response',
            },
          ],
        },
      },
    });
  });

  it('suggests a higher level than answered, keeping the note and links when accepted, and submits it', async () => {
    const runbook = { title: 'Runbook', url: 'https://wiki.example/runbook' };
    const answers = {
      ...mixedAnswers,
      'incident-response': {
        level: 2 as const,
        note: 'Paged by the platform team',
        evidence: [runbook],
      },
    };
    const api = fakeMlopsMaturityApi({
      submitAssessment: jest.fn(async () => currentAssessment(2, answers)),
    });
    await renderEditor({
      api,
      current: currentAssessment(1, answers),
      signals: mixedSignals,
    });

    const evidence = evidenceOf('incident-response');
    expect(evidence).toHaveTextContent(
      'The evidence shows more than the L2 answered.',
    );
    await userEvent.click(
      within(evidence).getByRole('button', {
        name: /^Accept the suggested L3/,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));

    expect(api.submitAssessment).toHaveBeenCalledWith(ENTITY_REF, {
      baseRevision: 1,
      answers: {
        ...answers,
        'incident-response': {
          level: 3,
          note: 'Paged by the platform team',
          evidence: [
            runbook,
            {
              title: 'On-call alerts through PagerDuty',
              url: 'https://tools.example/incident-response',
            },
          ],
        },
      },
    });
  });

  it('accepts a signal without a link as a level only, and says so', async () => {
    await renderEditor({
      current: currentAssessment(1, mixedAnswers),
      signals: mixedSignals,
    });
    const evidence = evidenceOf('alerting');
    expect(evidence).toHaveTextContent(
      'Suggested: L3 — Threshold alerts in Grafana',
    );
    expect(evidence).toHaveTextContent(
      'This evidence has no link: accepting it sets the level only.',
    );
    expect(within(evidence).queryByRole('link')).not.toBeInTheDocument();

    await userEvent.click(
      within(evidence).getByRole('button', {
        name: 'Accept the suggested L3 for Alerting',
      }),
    );
    expect(checkedLevel('alerting')).toBe('3');
    expect(
      within(question('alerting')).queryByLabelText('Alerting evidence 1 URL'),
    ).not.toBeInTheDocument();
  });

  it('names a withheld signal in its own words, with nothing of the hidden entity, and accepts its level only', async () => {
    // As the API serves evidence from an entity the reader may not read.
    const withheld: EvidenceSignal = {
      questionId: 'rollback',
      level: 2,
      title: 'Backed by a catalog entity you cannot see',
      source: 'catalog',
      observedAt: '2024-05-01T00:00:00Z',
      withheld: true,
    };
    const api = fakeMlopsMaturityApi({ saveDraft: echoingSaveDraft() });
    await renderEditor({ api, signals: [withheld] });

    const evidence = evidenceOf('rollback');
    expect(evidence).toHaveTextContent(
      /^Suggested: L2 — a catalog entity you cannot seeThis evidence has no link: accepting it sets the level only\.Accept L2$/,
    );
    expect(within(evidence).queryByRole('link')).not.toBeInTheDocument();

    await userEvent.click(
      within(evidence).getByRole('button', {
        name: 'Accept the suggested L2 for Rollback',
      }),
    );
    expect(evidence).toHaveTextContent(
      /^Evidence: L2 — a catalog entity you cannot see It backs this answer\.$/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(api.saveDraft).toHaveBeenCalledWith(ENTITY_REF, {
      draftVersion: null,
      baseRevision: null,
      answers: { rollback: { level: 2 } },
    });
  });

  it('offers nothing where the answer already reaches the evidence, and hints where it claims more', async () => {
    await renderEditor({
      current: currentAssessment(1, mixedAnswers),
      signals: mixedSignals,
    });
    // Testing is answered L2; GitHub Actions shows L1.
    const testing = evidenceOf('testing');
    expect(testing).toHaveTextContent('Evidence: L1 — CI on GitHub Actions');
    expect(testing).toHaveTextContent(
      'This answer claims more than it shows: add an evidence link if you have one.',
    );
    expect(within(testing).queryByRole('button')).not.toBeInTheDocument();
    // Two suggestions: incident response and alerting.
    expect(
      screen.getAllByRole('button', { name: /^Accept the suggested/ }),
    ).toHaveLength(2);
  });

  it('shows no evidence without signals', async () => {
    await renderEditor({ current: currentAssessment(1, mixedAnswers) });
    expect(screen.queryByTestId('evidence-suggestion')).not.toBeInTheDocument();
  });
});
