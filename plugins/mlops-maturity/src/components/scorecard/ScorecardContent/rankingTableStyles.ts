import { makeStyles } from '@material-ui/core/styles';

// Below this window width (at 1280 px with the sidebar open, say) the
// system and lifecycle columns fold into the service's cell, the target and
// the gated level into the level's, and the stale mark into the last
// update's.
export const NARROW_QUERY = '(max-width: 1439.95px)';
const NARROW = `@media ${NARROW_QUERY}`;

// Headers, names and refs wrap between words; short values stay on one
// line. Backstage's theme breaks table text anywhere (word-break:
// break-word), which lets the browser squeeze a column below its longest
// word ("Recommend-ations"); words break here only if one alone is too wide.
// Cell padding is tighter than the theme's so that thirteen columns fit.
export const useRankingTableStyles = makeStyles(theme => ({
  value: { whiteSpace: 'nowrap' },
  // Room for most names on two lines, and for system · lifecycle below.
  name: { minWidth: theme.spacing(22) },
  wide: { [NARROW]: { display: 'none' } },
  folded: { display: 'none', [NARROW]: { display: 'block' } },
  // Folded onto the line of what it follows, not below it.
  foldedInline: { display: 'none', [NARROW]: { display: 'inline' } },
  // An owner's or system's kind icon before its name, as the catalog's
  // entity links show it.
  // The icon stays beside the name when a narrow column wraps the name.
  kindName: { display: 'inline-flex', alignItems: 'center' },
  kindIcon: {
    marginRight: theme.spacing(0.5),
    color: theme.palette.text.secondary,
    '& svg': { verticalAlign: 'middle' },
  },
}));
