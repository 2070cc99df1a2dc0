import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { PASSWORD_RULES, passwordRuleMet } from './passwordPolicy';

interface PasswordPolicyListProps {
  password: string;
  username: string;
  /** Lets the password field point at this list with aria-describedby. */
  id?: string;
}

/** The rules with a live tick for each one that the typed password already meets. */
export function PasswordPolicyList({ password, username, id }: PasswordPolicyListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Box id={id} sx={{ color: 'text.secondary' }}>
      <Typography id={titleId} variant="body2">
        {t('password.policyTitle')}
      </Typography>
      <Box component="ul" aria-labelledby={titleId} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {PASSWORD_RULES.map((rule) => {
          const met = passwordRuleMet(rule, password, username);
          return (
            <Box
              component="li"
              key={rule}
              sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontSize: 13, color: met ? 'success.main' : undefined }}
            >
              {met ? (
                <CheckCircleIcon sx={{ fontSize: 16 }} aria-hidden />
              ) : (
                <RadioButtonUncheckedIcon sx={{ fontSize: 16 }} aria-hidden />
              )}
              <span>{t(`password.${rule}`)}</span>
              <Box component="span" sx={visuallyHidden}>
                {met ? t('password.met') : t('password.unmet')}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
