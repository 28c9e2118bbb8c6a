import {
  AssessmentAnswers,
  EvidenceSignal,
  MaturityModel,
  ScorecardResponse,
  ScorecardSummaryResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { openMaturityTab } from './maturityTab';
import { signInAsGuest } from './signIn';

/**
 * A pipeline of the guest's team whose catalog data (examples/entities.yaml:
 * an MLflow experiment, a training schedule, the feature store it depends
 * on) shows more than its demo answers claim, so the editor suggests levels.
 */
const SERVICE = 'user-embedding-pipeline';
const API = `/api/mlops-maturity/assessments/component/default/${SERVICE}`;

/**
 * The test's own reading of the evidence rules, as the backend plugin's
 * README states them, rather than the plugin's `evidenceBacking`: a
 * question's signal is its highest-level one; it is a suggestion when the
 * question is unanswered or answered with a lower level (an N/A never); an
 * answer with a level is evidence-backed when its signal shows at least that
 * level or it has an evidence link (a link to its own signal backs no more
 * than the signal's level), and above evidence when its signal shows less.
 */
function measure(
  model: MaturityModel,
  answers: AssessmentAnswers,
  signals: EvidenceSignal[],
) {
  const best = new Map<string, EvidenceSignal>();
  for (const s of signals) {
    if ((best.get(s.questionId)?.level ?? -1) < s.level)
      best.set(s.questionId, s);
  }
  const suggestions: EvidenceSignal[] = [];
  const above: Array<{ questionId: string; signal: EvidenceSignal }> = [];
  let answered = 0;
  let backed = 0;
  for (const { id } of model.questions) {
    const answer = answers[id] as
      | { level: number; evidence?: Array<{ url: string }> }
      | { notApplicable: true }
      | undefined;
    const signal = best.get(id);
    const level = answer && 'level' in answer ? answer.level : undefined;
    if (signal && (!answer || (level !== undefined && level < signal.level))) {
      suggestions.push(signal);
    }
    if (level === undefined) continue;
    answered += 1;
    const byLink = (
      (answer as { evidence?: Array<{ url: string }> }).evidence ?? []
    ).some(
      link =>
        link.url !== '' &&
        !(signal && link.url === signal.url && signal.level < level),
    );
    if ((signal && signal.level >= level) || byLink) backed += 1;
    if (signal && signal.level < level) above.push({ questionId: id, signal });
  }
  return { suggestions, above, answered, backed };
}

test('an owner accepts a suggestion from the evidence, submits, and sees the answer evidence-backed', async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const headers = { Authorization: `Bearer ${token}` };
  const model: MaturityModel = await (
    await request.get('/api/mlops-maturity/model', { headers })
  ).json();
  const evidence = await request.get(`${API}/evidence`, { headers });
  expect(evidence.status(), await evidence.text()).toBe(200);
  const signals: EvidenceSignal[] = (await evidence.json()).signals;
  const before: { answers: AssessmentAnswers } = await (
    await request.get(API, { headers })
  ).json();
  const { suggestions } = measure(model, before.answers, signals);
  // The README's demo: its MLflow experiment, training schedule and feature
  // store show more than four of its answers claim.
  expect(
    suggestions,
    'the demo catalog gives this pipeline four suggestions',
  ).toHaveLength(4);
  // The first suggestion with a link, in the model's order, as the editor
  // offers it.
  const suggestion = suggestions.find(s => s.url);
  expect(suggestion, 'a suggestion with a link').toBeDefined();
  const signal = suggestion!;
  const question = model.questions.find(q => q.id === signal.questionId)!;
  const level = String(signal.level);

  await signInAsGuest(page);
  await openMaturityTab(page, SERVICE);
  await page.getByRole('button', { name: 'Update assessment' }).click();
  const editor = page.getByRole('dialog', { name: /^Update the maturity/ });
  await expect(editor).toBeVisible();
  // Every suggestion of the API's signals is offered, and only those.
  await expect(
    editor.getByRole('button', { name: /^Accept the suggested/ }),
  ).toHaveCount(suggestions.length);

  const offered = editor.getByRole('status', {
    name: `Evidence for ${question.title}`,
  });
  await expect(offered).toContainText(`Suggested: L${level} — ${signal.title}`);
  await expect(
    offered.getByRole('link', { name: new RegExp(signal.title) }),
  ).toHaveAttribute('href', signal.url!);
  // Nothing is filled in until the owner accepts.
  const choice = editor
    .getByRole('radiogroup', { name: question.title })
    .getByRole('radio', { name: new RegExp(`^L${level} — `) });
  await expect(choice).not.toBeChecked();
  await offered.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('editor-suggestion.png'),
  });

  await offered
    .getByRole('button', {
      name: `Accept the suggested L${level} for ${question.title} and add its evidence link`,
    })
    .click();
  await expect(choice).toBeChecked();
  await expect(offered).toContainText('It backs this answer.');
  const questionField = editor.getByTestId(`question-${question.id}`);
  const links = questionField.getByRole('textbox', {
    name: /evidence \d+ URL$/,
  });
  await expect(links.last()).toHaveValue(signal.url!);
  await page.screenshot({
    path: test.info().outputPath('editor-accepted.png'),
  });

  await editor.getByRole('button', { name: 'Submit' }).click();
  await expect(editor).toBeHidden();

  // Stored with the signal as its evidence.
  const after: { answers: AssessmentAnswers } = await (
    await request.get(API, { headers })
  ).json();
  expect(after.answers[question.id]).toMatchObject({
    level: signal.level,
    evidence: expect.arrayContaining([
      { title: signal.title, url: signal.url },
    ]),
  });

  // The tab marks it evidence-backed, and the headline's share is the one
  // the answers and signals give.
  const answer = page.getByTestId(`answer-${question.id}`);
  await expect(answer.getByTestId('answer-evidence-status')).toHaveText(
    'Evidence-backed',
  );
  await expect(answer).toContainText(`Shown by ${signal.title}`);
  const backing = measure(model, after.answers, signals);
  const share = Math.round((backing.backed / backing.answered) * 100);
  await expect(page.getByTestId('evidence-backed-share')).toHaveText(
    `${share}% (${backing.backed} of ${backing.answered})`,
  );
  await expect(page.getByTestId('answer-evidence-status')).toHaveCount(
    backing.answered,
  );
  await page.screenshot({
    path: test.info().outputPath('tab-headline.png'),
  });
  await answer.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('tab-answer.png'),
  });
});

test('a service whose answers claim more than its evidence shows gets the hint', async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const headers = { Authorization: `Bearer ${token}` };
  const model: MaturityModel = await (
    await request.get('/api/mlops-maturity/model', { headers })
  ).json();
  const service = 'product-recommender';
  const path = `/api/mlops-maturity/assessments/component/default/${service}`;
  const signals: EvidenceSignal[] = (
    await (await request.get(`${path}/evidence`, { headers })).json()
  ).signals;
  const current: { answers: AssessmentAnswers } = await (
    await request.get(path, { headers })
  ).json();
  const { above } = measure(model, current.answers, signals);
  // The README's demo: it claims L4 testing where its GitHub repository
  // shows L1.
  expect(
    above.find(a => a.questionId === 'testing'),
    'the demo answers testing above its evidence',
  ).toMatchObject({ signal: { level: 1 } });
  expect((current.answers.testing as { level: number }).level).toBe(4);

  await signInAsGuest(page);
  await openMaturityTab(page, service);
  await expect(page.getByTestId('answer-above-evidence')).toHaveCount(
    above.length,
  );
  const first = page.getByTestId(`answer-${above[0].questionId}`);
  await expect(first.getByTestId('answer-above-evidence')).toContainText(
    `Above what evidence shows: ${above[0].signal!.title}`,
  );
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('tab-above-evidence.png'),
  });
});

/** A share as the scorecard shows it: a whole percentage, "–" for none. */
const percent = (share: number | null) =>
  share === null ? '–' : `${Math.round(share * 100)}%`;

/** The catalog page of an entity ref, as its links in the app point to it. */
function entityHref(ref: string): string {
  const [, kind, namespace, name] = ref.match(/^([^:]+):([^/]+)\/(.+)$/)!;
  return `/catalog/${namespace}/${kind}/${name}`;
}

test("the scorecard shows each service's evidence-backed share", async ({
  page,
  request,
  baseURL,
}) => {
  const token = await guestToken(baseURL!);
  const headers = { Authorization: `Bearer ${token}` };
  // The first page the scorecard shows when sorted by the share, most
  // backed first (services without a share come last).
  const response = await request.get('/api/mlops-maturity/scorecard', {
    headers,
    params: { orderBy: 'evidenceShare', order: 'desc', limit: '50' },
  });
  expect(response.status(), await response.text()).toBe(200);
  const scorecard: ScorecardResponse = await response.json();
  const measured = scorecard.items.filter(i => i.evidenceShare !== null);
  expect(
    measured.length,
    'the demo data measures the evidence of some services',
  ).toBeGreaterThan(0);
  // One where evidence also suggests a higher level, if the demo has one.
  const service =
    measured.find(i => (i.evidenceSuggestsHigherCount ?? 0) > 0) ?? measured[0];
  const share = service.evidenceShare!;
  expect(share).toBeGreaterThanOrEqual(0);
  expect(share).toBeLessThanOrEqual(1);
  expect(service.evidenceBackedCount).not.toBeNull();
  expect(service.evidenceAnsweredCount).toBeGreaterThan(0);

  await signInAsGuest(page, '/mlops-maturity?orderBy=evidenceShare&order=desc');
  const ranking = page.getByRole('table', {
    name: 'ML services ranked by maturity',
  });
  await expect(
    ranking.getByRole('columnheader', { name: 'Evidence' }),
  ).toHaveAttribute('aria-sort', 'descending');
  const row = ranking.getByTestId('scorecard-row').filter({
    has: page.getByRole('link', {
      name: service.title ?? service.name,
      exact: true,
    }),
  });
  await expect(row).toHaveCount(1);
  const cell = row.getByTestId('evidence-cell');
  const shown = cell.getByTestId('evidence-share');
  await expect(shown).toHaveText(percent(share));
  const answered = service.evidenceAnsweredCount!;
  await expect(shown).toHaveAttribute(
    'title',
    `${service.evidenceBackedCount} of ${answered} ${
      answered === 1 ? 'answer' : 'answers'
    } evidence-backed`,
  );
  const higher = service.evidenceSuggestsHigherCount ?? 0;
  if (higher > 0) {
    await expect(
      cell.getByRole('img', {
        name: `Evidence suggests a higher level on ${higher} ${
          higher === 1 ? 'question' : 'questions'
        }`,
      }),
    ).toHaveText(`↑${higher}`);
  } else {
    await expect(cell.getByTestId('evidence-suggests-higher')).toHaveCount(0);
  }
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('scorecard-evidence.png'),
  });

  // The overview and the team roll-up of the unfiltered view: the summary's.
  const summary: ScorecardSummaryResponse = await (
    await request.get('/api/mlops-maturity/scorecard/summary', { headers })
  ).json();
  await expect(page.getByLabel('Evidence-backed', { exact: true })).toHaveText(
    percent(summary.summary.evidenceShare),
  );
  expect(service.owner, 'the service has an owner').toBeTruthy();
  const team = summary.owners.find(o => o.owner === service.owner);
  expect(team, 'the summary rolls up the owner').toBeDefined();
  const teamRow = page
    .getByTestId('owner-rollup')
    .locator('tbody tr')
    .filter({ has: page.locator(`a[href="${entityHref(service.owner!)}"]`) });
  await expect(teamRow).toHaveCount(1);
  await expect(teamRow.getByTestId('owner-evidence-share')).toHaveText(
    percent(team!.evidenceShare),
  );
  if (team!.evidenceSuggestsHigherCount > 0) {
    await expect(
      teamRow.getByTestId('owner-evidence-suggests-higher'),
    ).toHaveText(`↑${team!.evidenceSuggestsHigherCount}`);
  } else {
    await expect(
      teamRow.getByTestId('owner-evidence-suggests-higher'),
    ).toHaveCount(0);
  }
  await teamRow.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('scorecard-evidence-teams.png'),
  });
});
