import { graphql, type ResultOf } from '../../graphql/graphql';

export const SignInMutation = graphql(`
  mutation AccountSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation AccountSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const MyCommentsQuery = graphql(`
  query MyComments {
    myComments(first: 100) {
      id
      body
      status
      createdAt
      parent {
        id
      }
      consultation {
        id
        title
      }
      project {
        id
        title
      }
    }
  }
`);

export const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

export const AccountEditionsQuery = graphql(`
  query AccountEditions {
    editions {
      id
      title
      currentPhase
    }
  }
`);

export const MyBallotQuery = graphql(`
  query AccountBallot($editionId: ID!) {
    myBallot(editionId: $editionId) {
      id
      castAt
      projectIds
    }
  }
`);

export type MyComment = ResultOf<typeof MyCommentsQuery>['myComments'][number];

export const MyVerificationRequestQuery = graphql(`
  query MyVerificationRequest {
    myVerificationRequest {
      id
      createdAt
      unit {
        id
        name
      }
    }
  }
`);

export const DistrictOfficesQuery = graphql(`
  query AccountDistrictOffices {
    units(kind: DISTRICT_OFFICE) {
      id
      name
    }
  }
`);

export const RequestVerificationMutation = graphql(`
  mutation RequestVerification($unitId: ID) {
    requestVerification(unitId: $unitId) {
      id
    }
  }
`);

export const WithdrawVerificationRequestMutation = graphql(`
  mutation WithdrawVerificationRequest {
    withdrawVerificationRequest
  }
`);

export const MyAccessTokensQuery = graphql(`
  query MyAccessTokens {
    myAccessTokens {
      id
      name
      scopes
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);

export type AccessToken = ResultOf<typeof MyAccessTokensQuery>['myAccessTokens'][number];

export const CreateAccessTokenMutation = graphql(`
  mutation CreateAccessToken($name: String!, $scopes: [AccessTokenScope!]!, $expiresAt: DateTimeISO) {
    createAccessToken(name: $name, scopes: $scopes, expiresAt: $expiresAt) {
      token
      accessToken {
        id
      }
    }
  }
`);

export const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere($includeTokens: Boolean!) {
    signOutEverywhere(includeTokens: $includeTokens)
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      birthYear
    }
  }
`);
