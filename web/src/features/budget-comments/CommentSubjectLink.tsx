import { Link } from 'react-router';

type Subject = { id: string; title: string } | null;

/** A link to what a comment is on: its consultation, or its budget project. */
export function CommentSubjectLink({
  comment,
}: {
  comment: { consultation: Subject; project: Subject };
}) {
  const { consultation, project } = comment;
  if (consultation)
    return <Link to={`/consultations/${consultation.id}`}>{consultation.title}</Link>;
  if (project) return <Link to={`/budget/projects/${project.id}`}>{project.title}</Link>;
  return null;
}
