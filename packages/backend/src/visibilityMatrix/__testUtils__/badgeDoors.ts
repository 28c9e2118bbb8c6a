import { alike, Cell, markersBeyond, scan, status, UNKNOWN } from './doorKit';
import { ML_SERVICES } from './matrixWorld';

const BADGES = '/api/badges/entity';

/**
 * The README badge (the badges backend with the maturity badge module, its
 * URLs obfuscated): the badges plugin gives the id of a badge URL only to a
 * caller who may read the entity in the catalog, and a hidden service
 * answers as one that never existed. The badge of an id shows the assessed
 * level; no plain badge URL, which would name the entity, is served.
 */
export async function badges(cell: Cell) {
  const uuidRoute = (name: string) =>
    `${BADGES}/default/component/${name}/obfuscated`;
  const unknown = await cell.http.get(uuidRoute(UNKNOWN));
  for (const { name } of ML_SERVICES) {
    const door = `badge id of ${name}`;
    const answer = await cell.http.get(uuidRoute(name));
    scan(cell, door, answer, markersBeyond(cell, name));
    const plain = await cell.http.get(
      `${BADGES}/default/component/${name}/badge/mlops-maturity`,
    );
    status(cell, `plain badge URL of ${name}`, plain, [404]);
    if (!cell.readable.includes(name)) {
      alike(cell, door, name, answer, unknown);
      continue;
    }
    status(cell, door, answer, [200]);
    const badge = await cell.http.get(
      `${BADGES}/${answer.body?.uuid}/mlops-maturity?format=json`,
    );
    const message: string = badge.body?.badge?.message ?? '';
    if (!message.startsWith(`L${cell.levels[name]} · `)) {
      cell.differs(
        `badge of ${name}`,
        `says "${message}" (${badge.status}), assessed at Level ${cell.levels[name]}`,
      );
    }
  }
}
