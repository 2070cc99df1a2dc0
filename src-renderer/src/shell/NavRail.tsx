import { useTranslation } from 'react-i18next';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Box from '@mui/material/Box';
import { canCall } from './permissions';
import { hrefFor, useHashPath } from './router';
import { matchRoute, ROUTES, type NavGroup, type RouteDef } from './routes';
import { useSession } from './SessionContext';

const GROUPS: readonly { group: NavGroup; titleKey: 'nav.admin' | null }[] = [
  { group: 'main', titleKey: null },
  { group: 'admin', titleKey: 'nav.admin' },
];

/** The left rail: one link per page this role may use; pages for other roles are not shown at all. */
export function NavRail() {
  const { t } = useTranslation();
  const { role } = useSession();
  const path = useHashPath();
  const visible = ROUTES.filter((route) => !route.navParent && canCall(role, route.gate));
  const matched = matchRoute(path)?.route;
  const currentPath = matched?.navParent ?? matched?.path;

  const link = (route: RouteDef) => {
    const current = currentPath === route.path;
    return (
      <ListItemButton
        key={route.path}
        component="a"
        href={hrefFor(route.path)}
        selected={current}
        aria-current={current ? 'page' : undefined}
        sx={{ borderRadius: 1, mx: 1 }}
      >
        <ListItemIcon sx={{ minWidth: 36 }} aria-hidden>
          {route.icon}
        </ListItemIcon>
        <ListItemText primary={t(route.labelKey)} />
        {route.navExtra && (
          // The same information is labelled in the top bar; here it would only lengthen the link's name.
          <Box component="span" aria-hidden sx={{ display: 'inline-flex' }}>
            {route.navExtra()}
          </Box>
        )}
      </ListItemButton>
    );
  };

  return (
    <Box
      component="nav"
      aria-label={t('nav.label')}
      sx={{ width: 220, flexShrink: 0, borderRight: 1, borderColor: 'divider', overflowY: 'auto', py: 1 }}
    >
      {GROUPS.map(({ group, titleKey }) => {
        const routes = visible.filter((route) => route.group === group);
        if (routes.length === 0) return null;
        const titleId = `nav-group-${group}`;
        return (
          <List
            key={group}
            dense
            aria-labelledby={titleKey ? titleId : undefined}
            subheader={
              titleKey ? (
                <ListSubheader id={titleId} component="div" sx={{ bgcolor: 'transparent', lineHeight: '32px' }}>
                  {t(titleKey)}
                </ListSubheader>
              ) : undefined
            }
          >
            {routes.map(link)}
          </List>
        );
      })}
    </Box>
  );
}
