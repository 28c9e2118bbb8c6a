import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MaturityLevel } from '@mlops-maturity/backstage-plugin-mlops-maturity-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';

function Fact(props: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Grid item xs={12} sm={props.wide ? 12 : 6} md={props.wide ? 12 : 3}>
      <Typography variant="overline" color="textSecondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="body2" component="div">
        {props.children}
      </Typography>
    </Grid>
  );
}

/** The technology a level typically runs on, one item per line. */
export function StackList(props: { stack: string[] }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {props.stack.map(item => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A level's key characteristic, automation, time to deploy, team, uptime (where given) and stack. */
export function LevelCharacteristics(props: { level: MaturityLevel }) {
  const { characteristics } = props.level;
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Grid container spacing={2}>
      <Fact label={t('levelCharacteristics.keyCharacteristic')}>
        {characteristics.keyCharacteristic}
      </Fact>
      <Fact label={t('levelCharacteristics.automation')}>
        {characteristics.automation}
      </Fact>
      <Fact label={t('levelCharacteristics.deployTime')}>
        {characteristics.deployTime}
      </Fact>
      <Fact label={t('levelCharacteristics.team')}>
        {characteristics.teamSize}
      </Fact>
      {characteristics.uptime && (
        <Fact label={t('levelCharacteristics.uptime')}>
          {characteristics.uptime}
        </Fact>
      )}
      <Fact label={t('levelCharacteristics.stack')} wide>
        <StackList stack={characteristics.stack} />
      </Fact>
    </Grid>
  );
}
