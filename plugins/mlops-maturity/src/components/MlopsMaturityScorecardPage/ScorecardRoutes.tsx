import { Route, Routes } from 'react-router-dom';
import { CampaignContent } from '../CampaignPage';
import { ScorecardContent } from './ScorecardContent';

/**
 * What the scorecard page shows below its header: the scorecard at its
 * root, a campaign's page at `campaigns/:campaignId` (`campaignRouteRef`).
 */
export function ScorecardRoutes() {
  return (
    <Routes>
      <Route path="/" element={<ScorecardContent />} />
      <Route path="campaigns/:campaignId" element={<CampaignContent />} />
    </Routes>
  );
}
