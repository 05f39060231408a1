// The budget tests' editions, set up through the admin API as staff would: an edition in
// VOTING (Mokotów and Wola pools, a city-wide pool, located projects, one rejected) and one in
// RESULTS whose paper ballots tie two projects on votes. Each action runs in its phase, so the
// schedule is stepped on between them (setBudgetEditionPhases).
import {
  type AdminApi,
  createEdition,
  createPool,
  type Project,
  point,
  schedule,
  setPhases,
  submitAndVerify,
  units,
} from './budget-admin-api';
import { placUrl } from './support';

const mokotowProjects = {
  park: {
    title: 'Ławki w Parku Dreszera',
    costGrosze: '4500000',
    categories: ['zieleń', 'sport'],
    targetGroups: ['seniorzy', 'rodziny z dziećmi'],
    costLines: [
      { item: 'Ławki (10 szt.)', amountGrosze: '3000000' },
      { item: 'Montaż', amountGrosze: '1500000' },
    ],
    locations: [point(21.0115, 52.1985)],
  },
  bikeLane: {
    title: 'Kontrapas rowerowy na Puławskiej',
    costGrosze: '35000000',
    categories: ['transport'],
    locations: [
      {
        type: 'LineString',
        coordinates: [
          [21.0205, 52.2045],
          [21.0195, 52.1955],
        ],
      },
    ],
  },
  meadow: {
    title: 'Łąka kwietna w Parku Arkadia',
    costGrosze: '12000000',
    locations: [
      {
        type: 'Polygon',
        coordinates: [
          [
            [21.03, 52.183],
            [21.038, 52.183],
            [21.038, 52.188],
            [21.03, 52.188],
            [21.03, 52.183],
          ],
        ],
      },
    ],
  },
  rejected: {
    title: 'Fontanna na Morskim Oku',
    costGrosze: '90000000',
    locations: [point(21.0275, 52.2035)],
    rejectionReason: 'Poza kompetencjami dzielnicy.',
  },
} satisfies Record<string, Project>;
const wolaProjects = {
  wolaPark: {
    title: 'Siłownia plenerowa na Moczydle',
    costGrosze: '20000000',
    categories: ['sport'],
    locations: [point(20.958, 52.24)],
  },
} satisfies Record<string, Project>;
const citywideProjects = {
  library: {
    title: 'Nocna biblioteka w Pałacu Kultury',
    costGrosze: '50000000',
    categories: ['edukacja', 'kultura'],
    locations: [point(21.0067, 52.2319)],
  },
  trees: { title: 'Tysiąc drzew dla Warszawy', costGrosze: '150000000' },
} satisfies Record<string, Project>;

/** Each project of `projects` in the pool `poolId`. */
const inPool = <K extends string>(poolId: string, projects: Record<K, Project>) =>
  Object.fromEntries(
    Object.entries<Project>(projects).map(([k, p]) => [k, { ...p, poolId }]),
  ) as Record<K, Project & { poolId: string }>;

/** 2026, voting now: ballot limits of 2 per pool. */
async function votingEdition(api: AdminApi, owners: Awaited<ReturnType<typeof units>>) {
  const voting = await createEdition(api, {
    year: 2026,
    title: 'Budżet obywatelski 2026 (e2e)',
    area: 2,
    citywide: 2,
  });
  const mokotow = await createPool(api, voting, owners.office('mokotow'), 'Mokotów', '100000000');
  const wola = await createPool(api, voting, owners.office('wola'), 'Wola', '80000000');
  const city = await createPool(api, voting, owners.citywide, 'Cała Warszawa', '300000000');
  const projects = await submitAndVerify(api, voting, {
    ...inPool(mokotow, mokotowProjects),
    ...inPool(wola, wolaProjects),
    ...inPool(city, citywideProjects),
  });
  const phases = schedule(
    ['SUBMISSION', -90, -60],
    ['VERIFICATION', -60, -20],
    ['VOTING', -1, 14],
    ['RESULTS', 15, 60],
  );
  await setPhases(api, voting, phases);
  return { voting, ...projects };
}

/**
 * 2025, voted and waiting for its tally: paper ballots give the playground 3 votes and two
 * projects 2 each, and only one of those two fits in what is left: the lot decides. Wola's
 * pool has one project and one ballot, so that the results have a pool to pick.
 */
async function resultsEdition(api: AdminApi, owners: Awaited<ReturnType<typeof units>>) {
  const results = await createEdition(api, {
    year: 2025,
    title: 'Budżet obywatelski 2025 (e2e)',
    area: 3,
    citywide: 3,
  });
  const pool = await createPool(api, results, owners.office('mokotow'), 'Mokotów', '50000000');
  const wola = await createPool(api, results, owners.office('wola'), 'Wola', '10000000');
  const projects = await submitAndVerify(api, results, {
    mural: {
      poolId: wola,
      title: 'Mural na Kole',
      costGrosze: '5000000',
      locations: [point(20.958, 52.24)],
    },
    playground: {
      poolId: pool,
      title: 'Plac zabaw na Sielcach',
      costGrosze: '30000000',
      locations: [point(21.035, 52.195)],
    },
    yard: {
      poolId: pool,
      title: 'Zielone podwórko',
      costGrosze: '20000000',
      locations: [point(21.02, 52.19)],
    },
    racks: {
      poolId: pool,
      title: 'Stojaki rowerowe',
      costGrosze: '20000000',
      locations: [point(21.01, 52.2)],
    },
  });
  await setPhases(
    api,
    results,
    schedule(['SUBMISSION', -90, -62], ['VERIFICATION', -62, -61], ['VOTING', -1, 1]),
  );
  // Each sheet counts for a verified voter of its own: the playground gets 3 votes, yard and racks 2.
  const mokotow = [projects.playground, projects.yard, projects.racks];
  const sheets: [string, string[]][] = [
    [wola, [projects.mural]],
    [pool, mokotow],
    [pool, mokotow],
    [pool, [projects.playground]],
  ];
  for (const [i, [poolId, projectIds]] of sheets.entries()) {
    await api(
      'mutation ($e: ID!, $d: ID, $p: [ID!]!, $r: String!, $v: String!) { enterPaperBallot(editionId: $e, districtPoolId: $d, projectIds: $p, voterReference: $r, voterEmail: $v) { id } }',
      { e: results, d: poolId, p: projectIds, r: `e2e-${i + 1}`, v: await paperVoter(api, owners) },
    );
  }
  await setPhases(api, results, schedule(['VOTING', -60, -30], ['RESULTS', -29, 60]));
  return results;
}

/** A new resident's account, verified in person by the admin: whom a paper sheet counts for. */
export async function paperVoter(api: AdminApi, owners: Awaited<ReturnType<typeof units>>) {
  const email = `paper-${crypto.randomUUID()}@example.org`;
  // Signed up without the admin's cookie, so that the admin stays signed in.
  const response = await fetch(`${placUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { id } }',
      variables: { input: { email, password: 'a long enough password', displayName: 'Voter' } },
    }),
  });
  const { data } = (await response.json()) as { data: { signUp: { id: string } } };
  const checkedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format();
  await api('mutation ($input: VerificationInput!) { verifyResident(input: $input) { id } }', {
    input: {
      userId: data.signUp.id,
      unitId: owners.office('mokotow').unitId,
      method: 'IN_PERSON',
      document: 'ID_CARD',
      checkedOn,
      birthYear: 1990,
    },
  });
  return email;
}

/** Both editions; their ids and the voting edition's projects by name. */
export async function seedBudgetEditions(api: AdminApi) {
  const owners = await units(api);
  const voting = await votingEdition(api, owners);
  return { ...voting, results: await resultsEdition(api, owners) };
}

export type BudgetIds = Awaited<ReturnType<typeof seedBudgetEditions>>;
