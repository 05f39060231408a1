import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../context.js';
import { UploadedFile } from '../../files/file.type.js';
import { BudgetProject } from '../projects/project.type.js';
import { ProjectProposal } from './proposal.type.js';
import type { ProjectFile, ProjectFileKind } from './proposal-file.sql.js';

async function filesOf(
  context: Context,
  projectId: string,
  kind: ProjectFileKind,
): Promise<ProjectFile[]> {
  const files = await context.loaders.budgetProjectFiles.load(projectId);
  return files.filter((file) => file.kind === kind);
}

@Resolver(() => BudgetProject)
export class ProjectFilesResolver {
  @FieldResolver(() => [UploadedFile], { description: 'Png, jpeg or webp, in order.' })
  images(@Root() project: BudgetProject, @Ctx() context: Context) {
    return filesOf(context, project.id, 'IMAGE');
  }

  @FieldResolver(() => [UploadedFile], { description: 'Documents (pdf, odt, docx…), in order.' })
  attachments(@Root() project: BudgetProject, @Ctx() context: Context) {
    return filesOf(context, project.id, 'ATTACHMENT');
  }
}

@Resolver(() => ProjectProposal)
export class ProposalFilesResolver {
  @FieldResolver(() => [UploadedFile], { description: 'Png, jpeg or webp, in order.' })
  images(@Root() proposal: ProjectProposal, @Ctx() context: Context) {
    return filesOf(context, proposal.id, 'IMAGE');
  }

  @FieldResolver(() => [UploadedFile], { description: 'Documents (pdf, odt, docx…), in order.' })
  attachments(@Root() proposal: ProjectProposal, @Ctx() context: Context) {
    return filesOf(context, proposal.id, 'ATTACHMENT');
  }
}
