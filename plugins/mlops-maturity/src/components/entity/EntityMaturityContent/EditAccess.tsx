import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/Edit';
import { ReactNode } from 'react';
import { mlopsMaturityTranslationRef } from '../../../translation';

/**
 * The owner in `spec.owner`, completed the way the catalog reads it: a bare
 * name is a Group in the entity's namespace.
 */
export function ownerOf(entity: Entity): CompoundEntityRef | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner === '') return undefined;
  try {
    return parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: entity.metadata.namespace ?? 'default',
    });
  } catch {
    return undefined;
  }
}

/** The "Update assessment" action for those allowed to edit. */
export function UpdateAssessmentButton(props: {
  label: string;
  onClick: () => void;
}) {
  return (
    <Button
      variant="contained"
      color="primary"
      startIcon={<EditIcon />}
      onClick={props.onClick}
    >
      {props.label}
    </Button>
  );
}

/** Tells readers who can edit: the owning team in `spec.owner`. */
export function ReadOnlyNote(props: { entity: Entity }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const owner = ownerOf(props.entity);
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      data-testid="read-only-note"
    >
      {owner
        ? t('readOnlyNote.withOwner', {
            owner: <EntityRefLink entityRef={owner} />,
          })
        : t('readOnlyNote.withoutOwner')}
    </Typography>
  );
}

/**
 * What the tab says about editing: that the service is read-only to the
 * user, or the buttons to update its assessment and to confirm it
 * unchanged; nothing while the permission loads or before the first
 * assessment (the empty state offers to start it).
 */
export function EditAccess(props: {
  entity: Entity;
  permissionLoading: boolean;
  canEdit: boolean;
  assessed: boolean;
  onEdit: () => void;
  /** Shown beside "Update assessment". */
  confirmUnchanged?: ReactNode;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  let access = null;
  if (!props.permissionLoading && !props.canEdit) {
    access = <ReadOnlyNote entity={props.entity} />;
  } else if (props.canEdit && props.assessed) {
    access = (
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        <UpdateAssessmentButton
          label={t('entityMaturityContent.updateAssessment')}
          onClick={props.onEdit}
        />
        {props.confirmUnchanged}
      </Box>
    );
  }
  return (
    access && (
      <Grid item xs={12}>
        {access}
      </Grid>
    )
  );
}
