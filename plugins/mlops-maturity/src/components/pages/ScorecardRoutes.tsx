import { Route, Routes } from 'react-router-dom';
import { CampaignContent, CampaignsSection } from '../campaigns';
import { LevelGuideButton } from '../levels';
import { ScorecardContent } from '../scorecard';

/** The scorecard with the campaigns above it and the level guide in its header. */
function ScorecardHome() {
  return (
    <ScorecardContent
      renderCampaigns={(active, model) => (
        <CampaignsSection active={active} model={model} />
      )}
      renderHeaderActions={model => <LevelGuideButton model={model} />}
    />
  );
}

/**
 * What the scorecard page shows below its header: the scorecard at its
 * root, a campaign's page at `campaigns/:campaignId` (`campaignRouteRef`).
 */
export function ScorecardRoutes() {
  return (
    <Routes>
      <Route path="/" element={<ScorecardHome />} />
      <Route path="campaigns/:campaignId" element={<CampaignContent />} />
    </Routes>
  );
}
