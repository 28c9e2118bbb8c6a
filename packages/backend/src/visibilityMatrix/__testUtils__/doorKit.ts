import {
  comparable,
  DoorAnswer,
  Http,
  leakedMarkers,
  Mcp,
} from './matrixClient';
import {
  Caller,
  COVERT_REGISTRY,
  maturityServices,
  markersOf,
  ML_SERVICES,
  Phase,
  readableServices,
  readsCovertRegistry,
} from './matrixWorld';

/** A name no entity has ever had: what a hidden entity must answer like. */
export const UNKNOWN = 'never-was-model';

/** What one cell of the matrix knows: who asks, when, and what they may learn. */
export interface Cell {
  phase: Phase;
  caller: Caller;
  http: Http;
  mcp: Mcp;
  campaignId: string;
  /** The level each ML service was assessed at. */
  levels: Record<string, number>;
  /** ML services the catalog lets the caller read. */
  readable: string[];
  /** ML services whose maturity the caller may learn. */
  maturity: string[];
  /** Records a difference between what a door said and what the cell states. */
  differs(door: string, message: string): void;
}

export function cellFor(
  phase: Phase,
  caller: Caller,
  parts: Pick<Cell, 'http' | 'mcp' | 'campaignId' | 'levels'>,
  findings: string[],
): Cell {
  return {
    phase,
    caller,
    ...parts,
    readable: readableServices(caller, phase),
    maturity: maturityServices(caller, phase),
    differs: (door, message) =>
      findings.push(`phase ${phase} · ${caller} · ${door}: ${message}`),
  };
}

/** ML services the catalog hides from the cell's caller. */
export const hiddenServices = (cell: Cell) =>
  ML_SERVICES.map(s => s.name).filter(n => !cell.readable.includes(n));

/**
 * Markers an answer may not carry: the names and titles of the ML services
 * and the registry the catalog hides from the caller. (A service the caller
 * reads in the catalog is no secret, even when its maturity is: the set
 * doors check that no maturity of it is given.)
 */
export function catalogMarkers(cell: Cell) {
  return [
    ...hiddenServices(cell).flatMap(markersOf),
    ...(readsCovertRegistry(cell.caller)
      ? []
      : markersOf(COVERT_REGISTRY.name)),
  ];
}

/** The markers an answer about `asked` may carry no more of: the name the caller asked with is theirs already. */
export const markersBeyond = (cell: Cell, asked: string) =>
  catalogMarkers(cell).filter(m => m !== asked);

/** Fails the cell when `answer` names something in `markers`. */
export function scan(
  cell: Cell,
  door: string,
  answer: DoorAnswer,
  markers: string[],
) {
  const leaked = leakedMarkers(answer, markers);
  if (leaked.length > 0) {
    cell.differs(
      door,
      `names what is hidden from the caller: ${leaked.join(', ')}`,
    );
  }
}

/** Fails the cell unless the hidden entity's answer equals the never-known entity's. */
export function alike(
  cell: Cell,
  door: string,
  name: string,
  hidden: DoorAnswer,
  unknown: DoorAnswer,
  unknownName = UNKNOWN,
) {
  const a = comparable(hidden, name, unknownName);
  const b = comparable(unknown, unknownName, unknownName);
  if (a.status !== b.status || a.text !== b.text) {
    cell.differs(
      door,
      `${name} (hidden) answers ${a.status} ${a.text.slice(
        0,
        160,
      )} but an unknown entity ${b.status} ${b.text.slice(0, 160)}`,
    );
  }
}

/** Fails the cell unless two sets of names are equal. */
export function sameSet(
  cell: Cell,
  door: string,
  got: string[],
  want: string[],
) {
  const g = [...new Set(got)].sort();
  const w = [...want].sort();
  if (JSON.stringify(g) !== JSON.stringify(w)) {
    cell.differs(
      door,
      `lists [${g.join(', ')}], the catalog says [${w.join(', ')}]`,
    );
  }
}

/** Fails the cell unless `got` is a subset of `allowed`. */
export function subset(
  cell: Cell,
  door: string,
  got: string[],
  allowed: string[],
) {
  const extra = got.filter(n => !allowed.includes(n));
  if (extra.length > 0) {
    cell.differs(
      door,
      `names [${[...new Set(extra)].join(', ')}] beyond [${allowed.join(
        ', ',
      )}]`,
    );
  }
}

/** Fails the cell on a status other than `want`. */
export function status(
  cell: Cell,
  door: string,
  answer: DoorAnswer,
  want: number[],
) {
  if (!want.includes(answer.status)) {
    cell.differs(
      door,
      `answers ${answer.status} (${answer.text.slice(
        0,
        160,
      )}), want ${want.join(' or ')}`,
    );
  }
}

/** The name part of an entity ref or a row's name. */
export const nameOf = (refOrName: string) =>
  refOrName.includes('/') ? refOrName.split('/').pop()! : refOrName;
