import {
  CurrentAssessment,
  MaturityModel,
} from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import { guestToken } from '../support/backend';
import { expect, test } from './fixtures';
import { headline } from './maturityTab';
import { signInAsGuest } from './signIn';

/**
 * The README badge (issue 27, part 5): the demo backend runs the badges
 * backend with obfuscated URLs and the maturity badge module. The guest
 * (user:default/ada) gets the badge URL of a service they read and its
 * Markdown; Chromium, signed in as nobody, as a README's reader, shows the
 * level the API has, and the badge links to the Maturity tab. The
 * confidential service, hidden from ada, has no badge URL for them.
 */
const baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:7007';
const SERVICE = 'product-recommender';
const HIDDEN = 'secret-ranker';

async function get(token: string, path: string) {
  const res = await fetch(`${baseUrl}/api${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: res.status, text: await res.text() };
}

const uuidPath = (name: string) =>
  `/badges/entity/default/component/${name}/obfuscated`;

test('a service the guest reads has a README badge with its level; the confidential one has no badge URL', async ({
  page,
}) => {
  const token = await guestToken(baseUrl);
  const current = JSON.parse(
    (
      await get(
        token,
        `/mlops-maturity/assessments/component/default/${SERVICE}`,
      )
    ).text,
  ) as CurrentAssessment;
  const model = JSON.parse(
    (await get(token, '/mlops-maturity/model')).text,
  ) as MaturityModel;
  const level = current.result.level!;
  const name = model.levels.find(l => l.level === level)!.name;
  const message = `L${level} · ${name}`;

  const issued = await get(token, uuidPath(SERVICE));
  expect(issued.status).toBe(200);
  const { uuid } = JSON.parse(issued.text);
  const specs = JSON.parse(
    (await get(token, `/badges/entity/${uuid}/badge-specs`)).text,
  ) as Array<{ id: string; url: string; markdown: string }>;
  const spec = specs.find(s => s.id === 'mlops-maturity')!;
  const tab = `${baseUrl}/catalog/default/component/${SERVICE}/maturity`;
  expect(spec.markdown).toBe(
    `[![MLOps maturity: ${message}](${spec.url})](${tab})`,
  );
  expect(spec.url).toBe(`${baseUrl}/api/badges/entity/${uuid}/mlops-maturity`);

  // A README's reader: nobody signed in.
  await page.goto(spec.url);
  const badge = page.locator('svg');
  await expect(badge).toHaveAttribute(
    'aria-label',
    `MLOps maturity: ${message}`,
  );
  await badge.screenshot({ path: test.info().outputPath('readme-badge.png') });

  // The badge's link opens the service's Maturity tab, at the same level.
  await signInAsGuest(page, new URL(tab).pathname);
  await expect(headline(page)).toHaveText(message);

  // Hidden from ada: answered as for a service that never existed.
  const hidden = await get(token, uuidPath(HIDDEN));
  const unknown = await get(token, uuidPath('never-was-model'));
  expect(hidden.status).toBe(404);
  expect({
    status: hidden.status,
    text: hidden.text.split(HIDDEN).join('never-was-model'),
  }).toEqual({ status: unknown.status, text: unknown.text });
});
