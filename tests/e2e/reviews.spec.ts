import { Page } from '@playwright/test';
import {
  EntityVerificationResponse,
  MaturityModel,
  ScorecardResponse,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { openMaturityTab } from './maturityTab';
import {
  ChosenDecisions,
  chooseDecisions,
  gapLineOf,
  maturityApi,
} from './reviewsApi';
import { signInAsGuest } from './signIn';

/**
 * The verified level end to end (issue 25), with the guest
 * (user:default/ada) in both roles the demo gives her: an owner of
 * team-recommendations' services, and a reviewer of every other team's
 * (never her own). team-recommendations' Email Personalization Model is at
 * Level 2 with no answer at Level 3 yet, and read by no other spec.
 */
const OWN_SERVICE = 'email-personalization-model';
const OWN_TEAM = 'group:default/team-recommendations';
/** The Reviews page's page size (REVIEW_PAGE_SIZE of the plugin). */
const QUEUE_PAGE = 20;
const REJECTION =
  'The dashboard linked shows alerts for one model only: link the monitoring of every model in production, then submit again.';

test.describe.configure({ mode: 'serial' });

let api: ReturnType<typeof maturityApi>;
let model: MaturityModel;
/** The decisions of the second test, read by the ones after it. */
let chosen: ChosenDecisions;
let after: EntityVerificationResponse;

test.beforeEach(async ({ request, baseURL }) => {
  api = maturityApi(request, await guestToken(baseURL!));
  model = await api.model();
});

const titleOf = (questionId: string) =>
  model.questions.find(q => q.id === questionId)!.title;

/** The tab's verified level, its gaps and its plan, as the API has them. */
async function expectVerification(page: Page, v: EntityVerificationResponse) {
  await expect(page.getByTestId('verified-level-summary')).toHaveText(
    `Claimed Level ${v.claimedLevel} · Verified Level ${v.verifiedLevel}`,
  );
  if (v.gapCounts.length > 0) {
    await expect(
      page.getByTestId('verification-gaps').getByRole('listitem'),
    ).toHaveText(v.gapCounts.map(gapLineOf));
  } else {
    await expect(page.getByTestId('verification-gaps')).toHaveCount(0);
  }
  const plan = v.nextVerifiedLevel;
  if (plan) {
    await expect(
      page.getByTestId('answers-to-next-verified-level'),
    ).toContainText(
      `To verified Level ${plan.targetLevel}, ${plan.actionCount} action${
        plan.actionCount === 1 ? '' : 's'
      }:`,
    );
  }
}

test('an owner claims Level 3 on two answers: the tab shows claimed and verified level as the API does', async ({
  page,
}) => {
  const answers = await api.answers(OWN_SERVICE);
  const signals: Array<{ questionId: string; level: number }> = (
    await api.get<{ signals: Array<{ questionId: string; level: number }> }>(
      `/assessments/component/default/${OWN_SERVICE}/evidence`,
    )
  ).signals;
  // Two answers below Level 3 that nothing backs at Level 3: raised, each
  // needs a reviewer.
  const raised = model.questions
    .map(q => q.id)
    .filter(id => {
      const answer = answers[id];
      if (!answer || !('level' in answer) || answer.level >= 3) return false;
      if ((answer.evidence ?? []).length > 0) return false;
      return !signals.some(s => s.questionId === id && s.level >= 3);
    })
    .slice(0, 2);
  expect(raised, 'two answers of the demo to raise').toHaveLength(2);

  await signInAsGuest(page);
  await openMaturityTab(page, OWN_SERVICE);
  await page.getByRole('button', { name: 'Update assessment' }).click();
  const editor = page.getByRole('dialog', { name: /^Update the maturity/ });
  await expect(editor).toBeVisible();
  for (const id of raised) {
    await editor
      .getByRole('radiogroup', { name: titleOf(id), exact: true })
      .getByRole('radio', { name: /^L3 — / })
      .check();
  }
  await editor.getByRole('button', { name: 'Submit' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Assessment submitted')).toBeVisible();

  const v = await api.verification(OWN_SERVICE);
  for (const id of raised) {
    expect(v.answers[id]?.trust ?? 'self-reported').toBe('self-reported');
    expect(v.gaps.find(g => g.questionId === id)).toMatchObject({
      claimed: 3,
      counted: 2,
      reason: 'awaits-review',
    });
  }
  expect(v.canReview, 'owners never review their own service').toBe(false);
  await expectVerification(page, v);
  for (const id of raised) {
    await expect(page.getByTestId(`answer-verification-${id}`)).toHaveText(
      'Awaits review',
    );
  }
  // As it stays, once the submission's toast is gone: the headline card.
  await page.reload();
  await expectVerification(page, v);
  await page
    .locator('.MuiCard-root')
    .filter({ has: page.getByTestId('verified-level') })
    .screenshot({
      path: test.info().outputPath('verified-level-headline.png'),
    });
});

test("a reviewer approves one answer and rejects another on the Reviews page; her own team's requests are not in her queue", async ({
  page,
}) => {
  const queue = await api.queue();
  expect(queue.length, 'the demo leaves requests pending').toBeGreaterThan(1);
  expect(queue.filter(i => i.owner === OWN_TEAM)).toEqual([]);
  expect(queue.map(i => i.entityRef)).not.toContain(
    `component:default/${OWN_SERVICE}`,
  );
  chosen = await chooseDecisions(api, model, queue);
  test.info().annotations.push({
    type: 'decisions',
    description: `${chosen.service}: approve ${chosen.approve.questionId}, reject ${chosen.reject.questionId}; verified level ${chosen.before.verifiedLevel} → ${chosen.expectedLevel}`,
  });

  await signInAsGuest(page, '/mlops-maturity/reviews');
  await expect(
    page.getByRole('heading', { name: 'Answers awaiting your review' }),
  ).toBeVisible();
  // The queue pages 20 at a time, oldest first, as the API lists it.
  const cards = page.getByTestId('review-item');
  await expect(cards).toHaveCount(Math.min(queue.length, QUEUE_PAGE));
  const next = page.getByRole('button', { name: 'Next page' });
  if (queue.length > QUEUE_PAGE) await expect(next).toBeEnabled();
  await expect(cards.filter({ hasText: 'Email Personalization' })).toHaveCount(
    0,
  );
  const card = (questionId: string) =>
    cards.filter({
      has: page.getByRole('heading', {
        name: `${chosen.title} · ${titleOf(questionId)}`,
      }),
    });
  /** Pages forward until the request's card shows (the page count is known). */
  const showCard = async (questionId: string) => {
    for (let i = 0; i * QUEUE_PAGE < queue.length; i++) {
      await expect(cards.first()).toBeVisible();
      if ((await card(questionId).count()) > 0) break;
      await next.click();
    }
    await expect(card(questionId)).toHaveCount(1);
  };
  await showCard(chosen.approve.questionId);
  await page.screenshot({ path: test.info().outputPath('reviews-page.png') });

  await card(chosen.approve.questionId)
    .getByRole('button', { name: 'Approve' })
    .click();
  await expect(page.getByText('Answer approved')).toBeVisible();
  await expect(card(chosen.approve.questionId)).toHaveCount(0);

  await showCard(chosen.reject.questionId);
  await card(chosen.reject.questionId)
    .getByRole('button', { name: 'Reject' })
    .click();
  const dialog = page.getByRole('dialog', {
    name: `Reject “${titleOf(chosen.reject.questionId)}”?`,
  });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: /^Comment/ }).fill(REJECTION);
  await page.screenshot({
    path: test.info().outputPath('reviews-reject-dialog.png'),
  });
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Answer rejected')).toBeVisible();
  await expect(card(chosen.reject.questionId)).toHaveCount(0);
  expect((await api.queue()).length).toBe(queue.length - 2);

  after = await api.verification(chosen.service);
  expect(after.reviews[chosen.approve.questionId]).toMatchObject({
    status: 'approved',
    decidedBy: 'user:default/ada',
  });
  expect(after.reviews[chosen.reject.questionId]).toMatchObject({
    status: 'rejected',
    decidedBy: 'user:default/ada',
    comment: REJECTION,
  });
  expect(after.answers[chosen.approve.questionId].trust).toBe('reviewed');
  expect(after.verifiedLevel).toBe(chosen.expectedLevel);
  expect(after.verifiedScore).toBeGreaterThan(chosen.before.verifiedScore);
  expect(after.claimedScore).toBe(chosen.before.claimedScore);
});

test("the service's tab shows the approval, the rejection with its comment and the verified level as the API has it", async ({
  page,
}) => {
  await signInAsGuest(page);
  await openMaturityTab(page, chosen.service);
  await expectVerification(page, after);
  const approved = page.getByTestId(`answer-${chosen.approve.questionId}`);
  await expect(
    approved.getByTestId(`answer-verification-${chosen.approve.questionId}`),
  ).toContainText(/^Approved by Ada Lovelace /);
  // Without evidence behind it, a reviewer's approval is what backs it.
  await expect(approved.getByTestId('answer-evidence-status')).toHaveText(
    'Reviewed',
  );
  const rejected = page.getByTestId(
    `answer-verification-${chosen.reject.questionId}`,
  );
  await expect(rejected).toContainText(/^Rejected by Ada Lovelace /);
  await expect(rejected).toContainText(`“${REJECTION}”`);
  await rejected.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('decided-answers.png'),
  });
});

test("the scorecard's Verified column and filter agree with the API", async ({
  page,
}) => {
  const level = after.verifiedLevel;
  const listed: ScorecardResponse = await api.get(
    `/scorecard/page?verifiedLevel=${level}&limit=50`,
  );
  // Wide enough for the Verified column of its own (below 1440 px it
  // folds into the Level column).
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signInAsGuest(page, '/mlops-maturity');
  const table = page.getByRole('table', {
    name: 'ML services ranked by maturity',
  });
  const rows = page.getByTestId('scorecard-row');
  await expect(rows.first()).toBeVisible();
  const headers = await table.getByRole('columnheader').allTextContents();
  const verifiedColumn = headers.findIndex(h => h.trim() === 'Verified') + 1;
  expect(verifiedColumn, 'the Verified column').toBeGreaterThan(0);
  const row = rows.filter({
    has: page.getByRole('link', { name: chosen.title, exact: true }),
  });
  const item = listed.items.find(
    i => i.entityRef === `component:default/${chosen.service}`,
  );
  expect(item, 'the API lists the service at its verified level').toMatchObject(
    {
      verifiedLevel: level,
    },
  );
  const gaps = item!.verificationGapCount ?? 0;
  expect(gaps).toBe(after.gaps.length);
  await expect(row.locator(`td:nth-child(${verifiedColumn})`)).toHaveText(
    new RegExp(`^L${level}\\b.*${gaps > 0 ? `↓${gaps}` : ''}`),
  );
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('scorecard-verified.png'),
  });

  await page.getByLabel('Verified level').click();
  await page.getByRole('option', { name: new RegExp(`^L${level} · `) }).click();
  await page.keyboard.press('Escape');
  await expect
    .poll(() => new URL(page.url()).searchParams.getAll('verifiedLevel'))
    .toEqual([String(level)]);
  const titles = listed.items.map(i => i.title ?? i.name).sort();
  expect(titles).toContain(chosen.title);
  await expect
    .poll(async () =>
      (await rows.locator('td a[href$="/maturity"]').allTextContents()).sort(),
    )
    .toEqual(titles);
  await page.screenshot({
    path: test.info().outputPath('scorecard-verified-filter.png'),
  });
});

test('the expired exemption of the demo is flagged on its tab', async ({
  page,
}) => {
  const services: ScorecardResponse = await api.get(
    '/scorecard/page?assessed=true&limit=50',
  );
  let found: { name: string; v: EntityVerificationResponse } | undefined;
  for (const item of services.items) {
    if (!item.verificationGapCount) continue;
    const v = await api.verification(item.name);
    if (v.gaps.some(g => g.reason === 'exemption-expired')) {
      found = { name: item.name, v };
      break;
    }
  }
  expect(found, 'the demo has an expired exemption').toBeDefined();
  const { name, v } = found!;
  const gap = v.gaps.find(g => g.reason === 'exemption-expired')!;
  const expiresAt =
    v.answers[gap.questionId].exemption?.status === 'approved'
      ? (v.answers[gap.questionId].exemption as { expiresAt?: string })
          .expiresAt
      : v.reviews[gap.questionId]?.expiresAt;
  expect(Date.parse(expiresAt!)).toBeLessThan(Date.now());

  await signInAsGuest(page);
  await openMaturityTab(page, name);
  await expectVerification(page, v);
  const flags = page.getByTestId(`answer-verification-${gap.questionId}`);
  await expect(flags).toHaveText(
    `Exemption expired on ${expiresAt!.slice(0, 10)}`,
  );
  await flags.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: test.info().outputPath('expired-exemption.png'),
  });
});
