import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { mlopsMaturityApiRef } from '../../../api';
import { CampaignOption } from './CampaignFilterFields';

/**
 * The campaigns the campaign filter offers: the active ones, and the one in
 * the URL when it is not active (a closed campaign's "open in the
 * scorecard"), so the filter names it.
 */
export function useCampaignOptions(
  active: CampaignOption[] | undefined,
  selected: string | undefined,
): CampaignOption[] {
  const api = useApi(mlopsMaturityApiRef);
  const missing =
    selected && active && !active.some(c => c.id === selected)
      ? selected
      : undefined;
  const { value: other } = useAsync(
    async () =>
      missing ? (await api.getCampaign(missing)).campaign : undefined,
    [api, missing],
  );
  const options = active ?? [];
  return other && other.id === missing ? [...options, other] : options;
}
