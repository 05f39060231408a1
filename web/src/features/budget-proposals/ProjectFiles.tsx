import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { fileSizeText } from './projectFiles';
import { useProposalT } from './proposals.i18n';
import { ProjectFilesQuery } from './proposals.queries';
import './budget-proposals.css';

/** On the project page: the images its authors added, and their attachments to download. */
export function ProjectFiles({ projectId }: { projectId: string }) {
  const t = useProposalT();
  const { lang } = useI18n();
  const [{ data }] = useQuery({ query: ProjectFilesQuery, variables: { id: projectId } });
  const project = data?.project;
  // Most projects have neither; nothing shows then, nor while loading.
  if (!project || (project.images.length === 0 && project.attachments.length === 0)) return null;
  return (
    <section className="project-files" aria-labelledby="project-files-heading">
      <h2 id="project-files-heading">{t('projectFiles.heading')}</h2>
      {project.images.length > 0 && (
        <ul className="project-images">
          {project.images.map((image, i) => (
            <li key={image.id}>
              <a href={image.url}>
                <img
                  src={image.url}
                  loading="lazy"
                  alt={t('projectFiles.imageAlt', { number: i + 1, title: project.title })}
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {project.attachments.length > 0 && (
        <>
          <h3>{t('files.ATTACHMENT')}</h3>
          <ul>
            {project.attachments.map((file) => (
              <li key={file.id}>
                <a href={file.url} download={file.name}>
                  {file.name}
                </a>{' '}
                ({fileSizeText(file.size, lang)})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
