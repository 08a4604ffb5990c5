import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  // .js in generated relative imports, as NodeNext resolution wants.
  emitLegacyCommonJSImports: false,
  generates: {
    // The explorer's operations (web/src/operations.ts) as typed documents, plain strings at run
    // time (no graphql-js in the browser), with their sha256 hashes: the persisted operations.
    'web/src/generated/': {
      documents: ['web/src/**/*.ts', '!web/src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
      },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../api/graphql/context.js#Context',
        scalars: { Date: 'string', DateTime: 'string', ID: 'string' },
        mapperTypeSuffix: 'Model',
        mappers: {
          Claim: '../domain/index.js#ClaimRecord',
          Argument: '../domain/index.js#ArgumentRecord',
          Actor: '../domain/index.js#ActorRecord',
          Source: '../domain/index.js#SourceRecord',
          Provision: '../domain/index.js#ProvisionRecord',
          Assertion: '../domain/index.js#AssertionRecord',
          Issue: '../domain/index.js#IssueRecord',
          Citation: '../domain/index.js#CitationRecord',
          Position: '../domain/index.js#PositionRecord',
          Affiliation: '../domain/index.js#AffiliationRecord',
          Membership: '../domain/index.js#AffiliationRecord',
          SearchHit: '../domain/index.js#SearchHitRecord',
          ArgumentGraph: '../domain/index.js#ArgumentGraphRecord',
          ArgumentChain: '../domain/index.js#ArgumentChainRecord',
          ImportResult: '../domain/index.js#ImportResultRecord',
          Evaluation: '../api/graphql/resolvers/Evaluation.js#EvaluationResult',
          Verdict: '../domain/evaluation/index.js#SemanticsVerdict',
          Explanation: '../domain/evaluation/index.js#Explanation',
          ExplanationStep: '../domain/evaluation/index.js#JustificationStep',
          ExplainedClaim: '../domain/evaluation/index.js#JustifiedClaim',
          Revision: '../repositories/revisions.js#RevisionRecord',
          ArgumentMap: '../domain/maps.js#ArgumentMapRecord',
          Change: '../repositories/revisions.js#ChangeRecord',
          NodeState: '../domain/revisions.js#NodeDocument',
          ChangeEvent: '../domain/revisions.js#ChangeEvent',
          User: '../domain/people.js#UserRecord',
          MapMembership: '../domain/people.js#MapMembershipRecord',
          Author: '../domain/people.js#Author',
          Proposal: '../domain/proposals.js#ProposalRecord',
          ProposedAssertion: '../domain/proposals.js#ProposalItemRecord',
          ProposedSpeaker: '../domain/proposals.js#ProposedSpeakerRecord',
          ClaimMatch: '../domain/proposals.js#ClaimMatchRecord',
          AcceptProposedAssertionsResult: '../domain/proposals.js#AcceptOutcome',
        },
        resolversNonOptionalTypename: { interfaceImplementingType: true },
        avoidOptionals: false,
      },
    },
  },
};

export default config;
