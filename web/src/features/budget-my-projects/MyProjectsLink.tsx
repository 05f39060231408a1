import { Link } from 'react-router';
import { useMyProjectsT } from './myProjects.i18n';

/** The way to the resident's own projects, from the account and the budget pages. */
export function MyProjectsLink({ className }: { className?: string }) {
  const t = useMyProjectsT();
  return (
    <Link className={className} to="/budget/my-projects">
      {t('link')}
    </Link>
  );
}
