/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me($mapId: ID!) {\n    me {\n      id\n      name\n    }\n    map(id: $mapId) {\n      id\n      myRole\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MapMembers($id: ID!) {\n    map(id: $id) {\n      id\n      name\n      myRole\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MapMembersDocument,
    "\n  mutation SetMembership($mapId: ID!, $userId: ID!, $role: MapRole!) {\n    setMembership(mapId: $mapId, userId: $userId, role: $role) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetMembershipDocument,
    "\n  mutation RemoveMembership($mapId: ID!, $userId: ID!) {\n    removeMembership(mapId: $mapId, userId: $userId)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  mutation CreateMap($input: CreateMapInput!) {\n    createMap(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n": typeof types.CreateMapDocument,
    "\n  query LastRevision($mapId: ID!, $nodeId: ID!) {\n    revisions(mapId: $mapId, nodeId: $nodeId, last: 1) {\n      edges {\n        node {\n          revision\n          operation\n        }\n      }\n    }\n  }\n": typeof types.LastRevisionDocument,
    "\n  mutation Revert($mapId: ID!, $revision: Int!) {\n    revert(mapId: $mapId, revision: $revision) {\n      revision\n      reverted\n      nodeIds\n    }\n  }\n": typeof types.RevertDocument,
    "\n  query IssuePanel($id: ID!) {\n    issue(id: $id) {\n      id\n      question\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      positions {\n        stance\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n": typeof types.IssuePanelDocument,
    "\n  mutation UpdateClaim($id: ID!, $input: UpdateClaimInput!, $expectedRevision: Int) {\n    updateClaim(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateClaimDocument,
    "\n  mutation DeleteClaim($id: ID!, $expectedRevision: Int) {\n    deleteClaim(id: $id, expectedRevision: $expectedRevision)\n  }\n": typeof types.DeleteClaimDocument,
    "\n  mutation UpdateArgument($id: ID!, $input: UpdateArgumentInput!, $expectedRevision: Int) {\n    updateArgument(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateArgumentDocument,
    "\n  mutation DeleteArgument($id: ID!, $expectedRevision: Int) {\n    deleteArgument(id: $id, expectedRevision: $expectedRevision)\n  }\n": typeof types.DeleteArgumentDocument,
    "\n  mutation UpdateAssertion($id: ID!, $input: UpdateAssertionInput!, $expectedRevision: Int) {\n    updateAssertion(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateAssertionDocument,
    "\n  mutation DeleteAssertion($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteAssertion(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": typeof types.DeleteAssertionDocument,
    "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!, $expectedRevision: Int) {\n    updateActor(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateActorDocument,
    "\n  mutation DeleteActor($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteActor(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": typeof types.DeleteActorDocument,
    "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!, $expectedRevision: Int) {\n    updateSource(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateSourceDocument,
    "\n  mutation DeleteSource($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteSource(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": typeof types.DeleteSourceDocument,
    "\n  mutation UpdateProvision($id: ID!, $input: UpdateProvisionInput!, $expectedRevision: Int) {\n    updateProvision(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateProvisionDocument,
    "\n  mutation DeleteProvision($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteProvision(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": typeof types.DeleteProvisionDocument,
    "\n  mutation UpdateIssue($id: ID!, $input: UpdateIssueInput!, $expectedRevision: Int) {\n    updateIssue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.UpdateIssueDocument,
    "\n  mutation DeleteIssue($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteIssue(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": typeof types.DeleteIssueDocument,
    "\n  mutation UpdateCitation($claimId: ID!, $provisionId: ID!, $input: UpdateCitationInput!, $expectedRevision: Int) {\n    updateCitation(claimId: $claimId, provisionId: $provisionId, input: $input, expectedRevision: $expectedRevision) {\n      role\n    }\n  }\n": typeof types.UpdateCitationDocument,
    "\n  mutation RemoveCitation($claimId: ID!, $provisionId: ID!, $expectedRevision: Int) {\n    removeCitation(claimId: $claimId, provisionId: $provisionId, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.RemoveCitationDocument,
    "\n  mutation SetPosition($mapId: ID!, $input: SetPositionInput!) {\n    setPosition(mapId: $mapId, input: $input) {\n      stance\n    }\n  }\n": typeof types.SetPositionDocument,
    "\n  mutation RemovePosition($claimId: ID!, $issueId: ID!, $expectedRevision: Int) {\n    removePosition(claimId: $claimId, issueId: $issueId, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": typeof types.RemovePositionDocument,
    "\n  query SimilarClaimsOf($id: ID!, $first: Int) {\n    claim(id: $id) {\n      id\n      similar(first: $first) {\n        score\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n": typeof types.SimilarClaimsOfDocument,
    "\n  query SimilarClaims($mapId: ID, $text: String!, $first: Int) {\n    similarClaims(mapId: $mapId, text: $text, first: $first) {\n      score\n      claim {\n        id\n        text\n      }\n    }\n  }\n": typeof types.SimilarClaimsDocument,
    "\n  query ClaimMergePreview($id: ID!) {\n    claim(id: $id) {\n      id\n      text\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      assertions {\n        id\n      }\n      premiseOf {\n        id\n      }\n      supportedBy {\n        id\n      }\n      attackedBy {\n        id\n      }\n      citations {\n        role\n      }\n      positions {\n        stance\n      }\n    }\n  }\n": typeof types.ClaimMergePreviewDocument,
    "\n  query ActorMergePreview($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      assertions {\n        id\n      }\n      affiliations {\n        role\n      }\n      members {\n        role\n      }\n    }\n  }\n": typeof types.ActorMergePreviewDocument,
    "\n  query ActorsNamed($mapId: ID, $nameContains: String!) {\n    actors(mapId: $mapId, where: { nameContains: $nameContains }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.ActorsNamedDocument,
    "\n  mutation MergeClaims($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {\n    mergeClaims(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {\n      id\n      mergedFrom\n    }\n  }\n": typeof types.MergeClaimsDocument,
    "\n  mutation MergeActors($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {\n    mergeActors(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {\n      id\n      mergedFrom\n    }\n  }\n": typeof types.MergeActorsDocument,
    "\n  query ArgumentGraph($mapId: ID!, $rootId: ID!, $depth: Int, $atRevision: Int) {\n    argumentGraph(mapId: $mapId, rootId: $rootId, depth: $depth, atRevision: $atRevision, limit: 2000) {\n      truncated\n      nodes {\n        id\n        type\n        label\n        kind\n        attackKind\n        distance\n      }\n      edges {\n        id\n        type\n        source\n        target\n        label\n      }\n    }\n  }\n": typeof types.ArgumentGraphDocument,
    "\n  query Claim($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    claim(id: $id, atRevision: $atRevision) {\n      id\n      text\n      kind\n      mergedFrom\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      positions {\n        stance\n        issue {\n          id\n          question\n        }\n      }\n      status(semantics: $semantics, scenario: $scenario) {\n        label\n        credulous\n        sceptical\n        excluded\n      }\n      explanation(semantics: $semantics, scenario: $scenario) {\n        label\n        sentences\n        defeatedBy\n        cycle\n        claims {\n          claimId\n          shortLabel\n          text\n        }\n      }\n      assertions {\n        id\n        quote\n        date\n        history(last: 1) {\n          edges {\n            node {\n              revision\n            }\n          }\n        }\n        actor {\n          id\n          name\n          description\n        }\n        source {\n          id\n          title\n          publisher\n          author\n          publishedAt\n        }\n      }\n      citations {\n        role\n        note\n        provision {\n          id\n          name\n          citation\n          partOf {\n            name\n          }\n        }\n      }\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n        }\n      }\n      counterclaims {\n        id\n        text\n      }\n    }\n  }\n": typeof types.ClaimDocument,
    "\n  query ClaimHistory($id: ID!) {\n    claim(id: $id) {\n      id\n      history(last: 30) {\n        totalCount\n        edges {\n          node {\n            revision\n            at\n            keyName\n            operation\n            changes(nodeId: $id, first: 1) {\n              kind\n              differences\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimHistoryDocument,
    "\n  query Argument($id: ID!) {\n    argument(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      kind\n      attackKind\n      scheme\n      rationale\n      reconstructed\n      premises {\n        id\n        text\n      }\n      conclusion {\n        id\n        text\n      }\n      targetArgument {\n        id\n      }\n      assertions {\n        id\n        quote\n        actor {\n          id\n          name\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ArgumentDocument,
    "\n  query Provision($id: ID!) {\n    provision(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      name\n      kind\n      citation\n      summary\n      partOf {\n        id\n        name\n        citation\n      }\n      parts {\n        id\n        name\n        citation\n      }\n      citedBy {\n        role\n        note\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n": typeof types.ProvisionDocument,
    "\n  query Actor($id: ID!) {\n    actor(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      name\n      kind\n      description\n      mergedFrom\n      affiliations {\n        role\n        organization {\n          id\n          name\n        }\n      }\n      assertions {\n        id\n        quote\n        date\n        claim {\n          id\n          text\n        }\n        argument {\n          id\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ActorDocument,
    "\n  query Source($id: ID!) {\n    source(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      title\n      kind\n      publisher\n      author\n      publishedAt\n      url\n      assertions {\n        id\n        quote\n        date\n        actor {\n          id\n          name\n        }\n        claim {\n          id\n          text\n        }\n        argument {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SourceDocument,
    "\n  query Issue($id: ID!, $semantics: Semantics!, $scenario: ScenarioInput) {\n    issue(id: $id) {\n      id\n      question\n      positions {\n        stance\n        claim {\n          id\n          text\n          kind\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n      verdict(semantics: [$semantics], scenario: $scenario) {\n        semantics\n        answer\n        positions {\n          position {\n            claim {\n              id\n            }\n          }\n          status {\n            label\n            excluded\n          }\n        }\n      }\n    }\n  }\n": typeof types.IssueDocument,
    "\n  query Expand($id: ID!) {\n    claim(id: $id) {\n      id\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExpandDocument,
    "\n  query Evaluation(\n    $mapId: ID!\n    $semantics: Semantics\n    $scenario: ScenarioInput\n    $rootId: ID\n    $depth: Int\n    $atRevision: Int\n    $after: String\n  ) {\n    evaluation(mapId: $mapId, semantics: $semantics, scenario: $scenario, rootId: $rootId, depth: $depth, atRevision: $atRevision) {\n      revision\n      counts {\n        in\n        out\n        undec\n      }\n      claims(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n          status {\n            label\n            excluded\n          }\n        }\n      }\n    }\n  }\n": typeof types.EvaluationDocument,
    "\n  query ClaimIds($mapId: ID!, $where: ClaimWhere, $after: String) {\n    claims(mapId: $mapId, where: $where, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ClaimIdsDocument,
    "\n  query Search($mapId: ID!, $text: String!) {\n    search(mapId: $mapId, text: $text, first: 10) {\n      score\n      snippet\n      node {\n        __typename\n        id\n        ... on Claim {\n          text\n        }\n        ... on Actor {\n          name\n        }\n        ... on Provision {\n          name\n          citation\n        }\n        ... on Assertion {\n          quote\n          claim {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Filters($mapId: ID!) {\n    map(id: $mapId) {\n      id\n      name\n      description\n      visibility\n      currentRevision\n      updatedAt\n      claimCount\n      argumentCount\n      myRole\n    }\n    currentRevision(mapId: $mapId)\n    issues(mapId: $mapId, first: 1) {\n      edges {\n        node {\n          id\n          question\n          positions {\n            stance\n            claim {\n              id\n            }\n          }\n        }\n      }\n    }\n    actors(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sources(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    provisions(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          citation\n        }\n      }\n    }\n  }\n": typeof types.FiltersDocument,
    "\n  query CurrentRevision($mapId: ID!) {\n    currentRevision(mapId: $mapId)\n  }\n": typeof types.CurrentRevisionDocument,
    "\n  subscription Changes($mapId: ID!, $afterRevision: Int) {\n    changes(mapId: $mapId, afterRevision: $afterRevision) {\n      revision\n      at\n      operation\n      keyName\n      ids\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  mutation CreateClaim($mapId: ID!, $input: CreateClaimInput!) {\n    createClaim(mapId: $mapId, input: $input) {\n      id\n      text\n    }\n  }\n": typeof types.CreateClaimDocument,
    "\n  mutation CreateArgument($mapId: ID!, $input: CreateArgumentInput!) {\n    createArgument(mapId: $mapId, input: $input) {\n      id\n      kind\n    }\n  }\n": typeof types.CreateArgumentDocument,
    "\n  mutation AddAssertion($mapId: ID!, $input: AddAssertionInput!) {\n    addAssertion(mapId: $mapId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddAssertionDocument,
    "\n  mutation CiteProvision($mapId: ID!, $input: CiteProvisionInput!) {\n    citeProvision(mapId: $mapId, input: $input) {\n      role\n      provision {\n        id\n      }\n    }\n  }\n": typeof types.CiteProvisionDocument,
    "\n  query Chains($mapId: ID!, $fromId: ID!, $toId: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    argumentChains(mapId: $mapId, fromId: $fromId, toId: $toId, maxLength: 6, first: 20, atRevision: $atRevision) {\n      length\n      arguments {\n        id\n        kind\n        attackKind\n        scheme\n        premises {\n          id\n          shortLabel\n          text\n        }\n        undercutBy {\n          id\n          premises {\n            id\n            shortLabel\n          }\n        }\n      }\n      claims {\n        id\n        text\n        shortLabel\n        status(semantics: $semantics, scenario: $scenario) {\n          label\n          excluded\n        }\n        assertions {\n          id\n          quote\n          actor {\n            id\n            name\n          }\n          source {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChainsDocument,
    "\n  query Justification($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    claim(id: $id, atRevision: $atRevision) {\n      id\n      text\n      shortLabel\n      status(semantics: $semantics, scenario: $scenario) {\n        label\n        excluded\n      }\n      justification(semantics: $semantics, scenario: $scenario) {\n        label\n        sentences\n        truncated\n        steps {\n          argumentId\n          kind\n          attackKind\n          premiseIds\n          conclusionId\n          targetArgumentId\n          label\n          failedPremiseId\n          undercutById\n          rejectedByScenario\n          depth\n          sentence\n        }\n        claims {\n          claimId\n          label\n          shortLabel\n          text\n          speakers\n          unattacked\n        }\n      }\n    }\n  }\n": typeof types.JustificationDocument,
    "\n  query ClaimQuotes($id: ID!) {\n    claim(id: $id) {\n      id\n      assertions {\n        id\n        quote\n        actor {\n          id\n          name\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ClaimQuotesDocument,
    "\n  query Maps($after: String) {\n    maps(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          visibility\n          currentRevision\n          updatedAt\n          claimCount\n          argumentCount\n          myRole\n        }\n      }\n    }\n  }\n": typeof types.MapsDocument,
    "\n  query Map($id: ID!) {\n    map(id: $id) {\n      id\n      name\n      description\n      visibility\n      currentRevision\n      updatedAt\n      claimCount\n      argumentCount\n      myRole\n    }\n  }\n": typeof types.MapDocument,
    "\n  query MapClaims($mapId: ID!) {\n    claims(mapId: $mapId, first: 30) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          kind\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MapClaimsDocument,
};
const documents: Documents = {
    "\n  query Me($mapId: ID!) {\n    me {\n      id\n      name\n    }\n    map(id: $mapId) {\n      id\n      myRole\n    }\n  }\n": types.MeDocument,
    "\n  query MapMembers($id: ID!) {\n    map(id: $id) {\n      id\n      name\n      myRole\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MapMembersDocument,
    "\n  mutation SetMembership($mapId: ID!, $userId: ID!, $role: MapRole!) {\n    setMembership(mapId: $mapId, userId: $userId, role: $role) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SetMembershipDocument,
    "\n  mutation RemoveMembership($mapId: ID!, $userId: ID!) {\n    removeMembership(mapId: $mapId, userId: $userId)\n  }\n": types.RemoveMembershipDocument,
    "\n  mutation CreateMap($input: CreateMapInput!) {\n    createMap(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n": types.CreateMapDocument,
    "\n  query LastRevision($mapId: ID!, $nodeId: ID!) {\n    revisions(mapId: $mapId, nodeId: $nodeId, last: 1) {\n      edges {\n        node {\n          revision\n          operation\n        }\n      }\n    }\n  }\n": types.LastRevisionDocument,
    "\n  mutation Revert($mapId: ID!, $revision: Int!) {\n    revert(mapId: $mapId, revision: $revision) {\n      revision\n      reverted\n      nodeIds\n    }\n  }\n": types.RevertDocument,
    "\n  query IssuePanel($id: ID!) {\n    issue(id: $id) {\n      id\n      question\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      positions {\n        stance\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n": types.IssuePanelDocument,
    "\n  mutation UpdateClaim($id: ID!, $input: UpdateClaimInput!, $expectedRevision: Int) {\n    updateClaim(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateClaimDocument,
    "\n  mutation DeleteClaim($id: ID!, $expectedRevision: Int) {\n    deleteClaim(id: $id, expectedRevision: $expectedRevision)\n  }\n": types.DeleteClaimDocument,
    "\n  mutation UpdateArgument($id: ID!, $input: UpdateArgumentInput!, $expectedRevision: Int) {\n    updateArgument(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateArgumentDocument,
    "\n  mutation DeleteArgument($id: ID!, $expectedRevision: Int) {\n    deleteArgument(id: $id, expectedRevision: $expectedRevision)\n  }\n": types.DeleteArgumentDocument,
    "\n  mutation UpdateAssertion($id: ID!, $input: UpdateAssertionInput!, $expectedRevision: Int) {\n    updateAssertion(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateAssertionDocument,
    "\n  mutation DeleteAssertion($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteAssertion(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": types.DeleteAssertionDocument,
    "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!, $expectedRevision: Int) {\n    updateActor(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateActorDocument,
    "\n  mutation DeleteActor($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteActor(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": types.DeleteActorDocument,
    "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!, $expectedRevision: Int) {\n    updateSource(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateSourceDocument,
    "\n  mutation DeleteSource($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteSource(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": types.DeleteSourceDocument,
    "\n  mutation UpdateProvision($id: ID!, $input: UpdateProvisionInput!, $expectedRevision: Int) {\n    updateProvision(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateProvisionDocument,
    "\n  mutation DeleteProvision($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteProvision(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": types.DeleteProvisionDocument,
    "\n  mutation UpdateIssue($id: ID!, $input: UpdateIssueInput!, $expectedRevision: Int) {\n    updateIssue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.UpdateIssueDocument,
    "\n  mutation DeleteIssue($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteIssue(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n": types.DeleteIssueDocument,
    "\n  mutation UpdateCitation($claimId: ID!, $provisionId: ID!, $input: UpdateCitationInput!, $expectedRevision: Int) {\n    updateCitation(claimId: $claimId, provisionId: $provisionId, input: $input, expectedRevision: $expectedRevision) {\n      role\n    }\n  }\n": types.UpdateCitationDocument,
    "\n  mutation RemoveCitation($claimId: ID!, $provisionId: ID!, $expectedRevision: Int) {\n    removeCitation(claimId: $claimId, provisionId: $provisionId, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.RemoveCitationDocument,
    "\n  mutation SetPosition($mapId: ID!, $input: SetPositionInput!) {\n    setPosition(mapId: $mapId, input: $input) {\n      stance\n    }\n  }\n": types.SetPositionDocument,
    "\n  mutation RemovePosition($claimId: ID!, $issueId: ID!, $expectedRevision: Int) {\n    removePosition(claimId: $claimId, issueId: $issueId, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n": types.RemovePositionDocument,
    "\n  query SimilarClaimsOf($id: ID!, $first: Int) {\n    claim(id: $id) {\n      id\n      similar(first: $first) {\n        score\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n": types.SimilarClaimsOfDocument,
    "\n  query SimilarClaims($mapId: ID, $text: String!, $first: Int) {\n    similarClaims(mapId: $mapId, text: $text, first: $first) {\n      score\n      claim {\n        id\n        text\n      }\n    }\n  }\n": types.SimilarClaimsDocument,
    "\n  query ClaimMergePreview($id: ID!) {\n    claim(id: $id) {\n      id\n      text\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      assertions {\n        id\n      }\n      premiseOf {\n        id\n      }\n      supportedBy {\n        id\n      }\n      attackedBy {\n        id\n      }\n      citations {\n        role\n      }\n      positions {\n        stance\n      }\n    }\n  }\n": types.ClaimMergePreviewDocument,
    "\n  query ActorMergePreview($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      assertions {\n        id\n      }\n      affiliations {\n        role\n      }\n      members {\n        role\n      }\n    }\n  }\n": types.ActorMergePreviewDocument,
    "\n  query ActorsNamed($mapId: ID, $nameContains: String!) {\n    actors(mapId: $mapId, where: { nameContains: $nameContains }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.ActorsNamedDocument,
    "\n  mutation MergeClaims($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {\n    mergeClaims(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {\n      id\n      mergedFrom\n    }\n  }\n": types.MergeClaimsDocument,
    "\n  mutation MergeActors($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {\n    mergeActors(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {\n      id\n      mergedFrom\n    }\n  }\n": types.MergeActorsDocument,
    "\n  query ArgumentGraph($mapId: ID!, $rootId: ID!, $depth: Int, $atRevision: Int) {\n    argumentGraph(mapId: $mapId, rootId: $rootId, depth: $depth, atRevision: $atRevision, limit: 2000) {\n      truncated\n      nodes {\n        id\n        type\n        label\n        kind\n        attackKind\n        distance\n      }\n      edges {\n        id\n        type\n        source\n        target\n        label\n      }\n    }\n  }\n": types.ArgumentGraphDocument,
    "\n  query Claim($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    claim(id: $id, atRevision: $atRevision) {\n      id\n      text\n      kind\n      mergedFrom\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      positions {\n        stance\n        issue {\n          id\n          question\n        }\n      }\n      status(semantics: $semantics, scenario: $scenario) {\n        label\n        credulous\n        sceptical\n        excluded\n      }\n      explanation(semantics: $semantics, scenario: $scenario) {\n        label\n        sentences\n        defeatedBy\n        cycle\n        claims {\n          claimId\n          shortLabel\n          text\n        }\n      }\n      assertions {\n        id\n        quote\n        date\n        history(last: 1) {\n          edges {\n            node {\n              revision\n            }\n          }\n        }\n        actor {\n          id\n          name\n          description\n        }\n        source {\n          id\n          title\n          publisher\n          author\n          publishedAt\n        }\n      }\n      citations {\n        role\n        note\n        provision {\n          id\n          name\n          citation\n          partOf {\n            name\n          }\n        }\n      }\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n        }\n      }\n      counterclaims {\n        id\n        text\n      }\n    }\n  }\n": types.ClaimDocument,
    "\n  query ClaimHistory($id: ID!) {\n    claim(id: $id) {\n      id\n      history(last: 30) {\n        totalCount\n        edges {\n          node {\n            revision\n            at\n            keyName\n            operation\n            changes(nodeId: $id, first: 1) {\n              kind\n              differences\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClaimHistoryDocument,
    "\n  query Argument($id: ID!) {\n    argument(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      kind\n      attackKind\n      scheme\n      rationale\n      reconstructed\n      premises {\n        id\n        text\n      }\n      conclusion {\n        id\n        text\n      }\n      targetArgument {\n        id\n      }\n      assertions {\n        id\n        quote\n        actor {\n          id\n          name\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ArgumentDocument,
    "\n  query Provision($id: ID!) {\n    provision(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      name\n      kind\n      citation\n      summary\n      partOf {\n        id\n        name\n        citation\n      }\n      parts {\n        id\n        name\n        citation\n      }\n      citedBy {\n        role\n        note\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n": types.ProvisionDocument,
    "\n  query Actor($id: ID!) {\n    actor(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      name\n      kind\n      description\n      mergedFrom\n      affiliations {\n        role\n        organization {\n          id\n          name\n        }\n      }\n      assertions {\n        id\n        quote\n        date\n        claim {\n          id\n          text\n        }\n        argument {\n          id\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ActorDocument,
    "\n  query Source($id: ID!) {\n    source(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      title\n      kind\n      publisher\n      author\n      publishedAt\n      url\n      assertions {\n        id\n        quote\n        date\n        actor {\n          id\n          name\n        }\n        claim {\n          id\n          text\n        }\n        argument {\n          id\n        }\n      }\n    }\n  }\n": types.SourceDocument,
    "\n  query Issue($id: ID!, $semantics: Semantics!, $scenario: ScenarioInput) {\n    issue(id: $id) {\n      id\n      question\n      positions {\n        stance\n        claim {\n          id\n          text\n          kind\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n      verdict(semantics: [$semantics], scenario: $scenario) {\n        semantics\n        answer\n        positions {\n          position {\n            claim {\n              id\n            }\n          }\n          status {\n            label\n            excluded\n          }\n        }\n      }\n    }\n  }\n": types.IssueDocument,
    "\n  query Expand($id: ID!) {\n    claim(id: $id) {\n      id\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ExpandDocument,
    "\n  query Evaluation(\n    $mapId: ID!\n    $semantics: Semantics\n    $scenario: ScenarioInput\n    $rootId: ID\n    $depth: Int\n    $atRevision: Int\n    $after: String\n  ) {\n    evaluation(mapId: $mapId, semantics: $semantics, scenario: $scenario, rootId: $rootId, depth: $depth, atRevision: $atRevision) {\n      revision\n      counts {\n        in\n        out\n        undec\n      }\n      claims(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n          status {\n            label\n            excluded\n          }\n        }\n      }\n    }\n  }\n": types.EvaluationDocument,
    "\n  query ClaimIds($mapId: ID!, $where: ClaimWhere, $after: String) {\n    claims(mapId: $mapId, where: $where, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ClaimIdsDocument,
    "\n  query Search($mapId: ID!, $text: String!) {\n    search(mapId: $mapId, text: $text, first: 10) {\n      score\n      snippet\n      node {\n        __typename\n        id\n        ... on Claim {\n          text\n        }\n        ... on Actor {\n          name\n        }\n        ... on Provision {\n          name\n          citation\n        }\n        ... on Assertion {\n          quote\n          claim {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Filters($mapId: ID!) {\n    map(id: $mapId) {\n      id\n      name\n      description\n      visibility\n      currentRevision\n      updatedAt\n      claimCount\n      argumentCount\n      myRole\n    }\n    currentRevision(mapId: $mapId)\n    issues(mapId: $mapId, first: 1) {\n      edges {\n        node {\n          id\n          question\n          positions {\n            stance\n            claim {\n              id\n            }\n          }\n        }\n      }\n    }\n    actors(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sources(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    provisions(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          citation\n        }\n      }\n    }\n  }\n": types.FiltersDocument,
    "\n  query CurrentRevision($mapId: ID!) {\n    currentRevision(mapId: $mapId)\n  }\n": types.CurrentRevisionDocument,
    "\n  subscription Changes($mapId: ID!, $afterRevision: Int) {\n    changes(mapId: $mapId, afterRevision: $afterRevision) {\n      revision\n      at\n      operation\n      keyName\n      ids\n    }\n  }\n": types.ChangesDocument,
    "\n  mutation CreateClaim($mapId: ID!, $input: CreateClaimInput!) {\n    createClaim(mapId: $mapId, input: $input) {\n      id\n      text\n    }\n  }\n": types.CreateClaimDocument,
    "\n  mutation CreateArgument($mapId: ID!, $input: CreateArgumentInput!) {\n    createArgument(mapId: $mapId, input: $input) {\n      id\n      kind\n    }\n  }\n": types.CreateArgumentDocument,
    "\n  mutation AddAssertion($mapId: ID!, $input: AddAssertionInput!) {\n    addAssertion(mapId: $mapId, input: $input) {\n      id\n    }\n  }\n": types.AddAssertionDocument,
    "\n  mutation CiteProvision($mapId: ID!, $input: CiteProvisionInput!) {\n    citeProvision(mapId: $mapId, input: $input) {\n      role\n      provision {\n        id\n      }\n    }\n  }\n": types.CiteProvisionDocument,
    "\n  query Chains($mapId: ID!, $fromId: ID!, $toId: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    argumentChains(mapId: $mapId, fromId: $fromId, toId: $toId, maxLength: 6, first: 20, atRevision: $atRevision) {\n      length\n      arguments {\n        id\n        kind\n        attackKind\n        scheme\n        premises {\n          id\n          shortLabel\n          text\n        }\n        undercutBy {\n          id\n          premises {\n            id\n            shortLabel\n          }\n        }\n      }\n      claims {\n        id\n        text\n        shortLabel\n        status(semantics: $semantics, scenario: $scenario) {\n          label\n          excluded\n        }\n        assertions {\n          id\n          quote\n          actor {\n            id\n            name\n          }\n          source {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ChainsDocument,
    "\n  query Justification($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    claim(id: $id, atRevision: $atRevision) {\n      id\n      text\n      shortLabel\n      status(semantics: $semantics, scenario: $scenario) {\n        label\n        excluded\n      }\n      justification(semantics: $semantics, scenario: $scenario) {\n        label\n        sentences\n        truncated\n        steps {\n          argumentId\n          kind\n          attackKind\n          premiseIds\n          conclusionId\n          targetArgumentId\n          label\n          failedPremiseId\n          undercutById\n          rejectedByScenario\n          depth\n          sentence\n        }\n        claims {\n          claimId\n          label\n          shortLabel\n          text\n          speakers\n          unattacked\n        }\n      }\n    }\n  }\n": types.JustificationDocument,
    "\n  query ClaimQuotes($id: ID!) {\n    claim(id: $id) {\n      id\n      assertions {\n        id\n        quote\n        actor {\n          id\n          name\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ClaimQuotesDocument,
    "\n  query Maps($after: String) {\n    maps(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          visibility\n          currentRevision\n          updatedAt\n          claimCount\n          argumentCount\n          myRole\n        }\n      }\n    }\n  }\n": types.MapsDocument,
    "\n  query Map($id: ID!) {\n    map(id: $id) {\n      id\n      name\n      description\n      visibility\n      currentRevision\n      updatedAt\n      claimCount\n      argumentCount\n      myRole\n    }\n  }\n": types.MapDocument,
    "\n  query MapClaims($mapId: ID!) {\n    claims(mapId: $mapId, first: 30) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          kind\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MapClaimsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me($mapId: ID!) {\n    me {\n      id\n      name\n    }\n    map(id: $mapId) {\n      id\n      myRole\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapMembers($id: ID!) {\n    map(id: $id) {\n      id\n      name\n      myRole\n      members {\n        role\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MapMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembership($mapId: ID!, $userId: ID!, $role: MapRole!) {\n    setMembership(mapId: $mapId, userId: $userId, role: $role) {\n      role\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').SetMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($mapId: ID!, $userId: ID!) {\n    removeMembership(mapId: $mapId, userId: $userId)\n  }\n"): typeof import('./graphql.js').RemoveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMap($input: CreateMapInput!) {\n    createMap(input: $input) {\n      id\n      name\n      visibility\n    }\n  }\n"): typeof import('./graphql.js').CreateMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastRevision($mapId: ID!, $nodeId: ID!) {\n    revisions(mapId: $mapId, nodeId: $nodeId, last: 1) {\n      edges {\n        node {\n          revision\n          operation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').LastRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revert($mapId: ID!, $revision: Int!) {\n    revert(mapId: $mapId, revision: $revision) {\n      revision\n      reverted\n      nodeIds\n    }\n  }\n"): typeof import('./graphql.js').RevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IssuePanel($id: ID!) {\n    issue(id: $id) {\n      id\n      question\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      positions {\n        stance\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').IssuePanelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClaim($id: ID!, $input: UpdateClaimInput!, $expectedRevision: Int) {\n    updateClaim(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClaim($id: ID!, $expectedRevision: Int) {\n    deleteClaim(id: $id, expectedRevision: $expectedRevision)\n  }\n"): typeof import('./graphql.js').DeleteClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArgument($id: ID!, $input: UpdateArgumentInput!, $expectedRevision: Int) {\n    updateArgument(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateArgumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArgument($id: ID!, $expectedRevision: Int) {\n    deleteArgument(id: $id, expectedRevision: $expectedRevision)\n  }\n"): typeof import('./graphql.js').DeleteArgumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssertion($id: ID!, $input: UpdateAssertionInput!, $expectedRevision: Int) {\n    updateAssertion(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateAssertionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAssertion($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteAssertion(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n"): typeof import('./graphql.js').DeleteAssertionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActor($id: ID!, $input: UpdateActorInput!, $expectedRevision: Int) {\n    updateActor(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActor($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteActor(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n"): typeof import('./graphql.js').DeleteActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSource($id: ID!, $input: UpdateSourceInput!, $expectedRevision: Int) {\n    updateSource(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSource($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteSource(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n"): typeof import('./graphql.js').DeleteSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProvision($id: ID!, $input: UpdateProvisionInput!, $expectedRevision: Int) {\n    updateProvision(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateProvisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProvision($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteProvision(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n"): typeof import('./graphql.js').DeleteProvisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIssue($id: ID!, $input: UpdateIssueInput!, $expectedRevision: Int) {\n    updateIssue(id: $id, input: $input, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpdateIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIssue($id: ID!, $expectedRevision: Int, $cascade: Boolean) {\n    deleteIssue(id: $id, expectedRevision: $expectedRevision, cascade: $cascade)\n  }\n"): typeof import('./graphql.js').DeleteIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCitation($claimId: ID!, $provisionId: ID!, $input: UpdateCitationInput!, $expectedRevision: Int) {\n    updateCitation(claimId: $claimId, provisionId: $provisionId, input: $input, expectedRevision: $expectedRevision) {\n      role\n    }\n  }\n"): typeof import('./graphql.js').UpdateCitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCitation($claimId: ID!, $provisionId: ID!, $expectedRevision: Int) {\n    removeCitation(claimId: $claimId, provisionId: $provisionId, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RemoveCitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPosition($mapId: ID!, $input: SetPositionInput!) {\n    setPosition(mapId: $mapId, input: $input) {\n      stance\n    }\n  }\n"): typeof import('./graphql.js').SetPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePosition($claimId: ID!, $issueId: ID!, $expectedRevision: Int) {\n    removePosition(claimId: $claimId, issueId: $issueId, expectedRevision: $expectedRevision) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').RemovePositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarClaimsOf($id: ID!, $first: Int) {\n    claim(id: $id) {\n      id\n      similar(first: $first) {\n        score\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SimilarClaimsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarClaims($mapId: ID, $text: String!, $first: Int) {\n    similarClaims(mapId: $mapId, text: $text, first: $first) {\n      score\n      claim {\n        id\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').SimilarClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimMergePreview($id: ID!) {\n    claim(id: $id) {\n      id\n      text\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      assertions {\n        id\n      }\n      premiseOf {\n        id\n      }\n      supportedBy {\n        id\n      }\n      attackedBy {\n        id\n      }\n      citations {\n        role\n      }\n      positions {\n        stance\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimMergePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorMergePreview($id: ID!) {\n    actor(id: $id) {\n      id\n      name\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      assertions {\n        id\n      }\n      affiliations {\n        role\n      }\n      members {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').ActorMergePreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorsNamed($mapId: ID, $nameContains: String!) {\n    actors(mapId: $mapId, where: { nameContains: $nameContains }, first: 10) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ActorsNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeClaims($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {\n    mergeClaims(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {\n      id\n      mergedFrom\n    }\n  }\n"): typeof import('./graphql.js').MergeClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeActors($intoId: ID!, $fromIds: [ID!]!, $expectedRevision: Int) {\n    mergeActors(intoId: $intoId, fromIds: $fromIds, expectedRevision: $expectedRevision) {\n      id\n      mergedFrom\n    }\n  }\n"): typeof import('./graphql.js').MergeActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArgumentGraph($mapId: ID!, $rootId: ID!, $depth: Int, $atRevision: Int) {\n    argumentGraph(mapId: $mapId, rootId: $rootId, depth: $depth, atRevision: $atRevision, limit: 2000) {\n      truncated\n      nodes {\n        id\n        type\n        label\n        kind\n        attackKind\n        distance\n      }\n      edges {\n        id\n        type\n        source\n        target\n        label\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArgumentGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claim($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    claim(id: $id, atRevision: $atRevision) {\n      id\n      text\n      kind\n      mergedFrom\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      positions {\n        stance\n        issue {\n          id\n          question\n        }\n      }\n      status(semantics: $semantics, scenario: $scenario) {\n        label\n        credulous\n        sceptical\n        excluded\n      }\n      explanation(semantics: $semantics, scenario: $scenario) {\n        label\n        sentences\n        defeatedBy\n        cycle\n        claims {\n          claimId\n          shortLabel\n          text\n        }\n      }\n      assertions {\n        id\n        quote\n        date\n        history(last: 1) {\n          edges {\n            node {\n              revision\n            }\n          }\n        }\n        actor {\n          id\n          name\n          description\n        }\n        source {\n          id\n          title\n          publisher\n          author\n          publishedAt\n        }\n      }\n      citations {\n        role\n        note\n        provision {\n          id\n          name\n          citation\n          partOf {\n            name\n          }\n        }\n      }\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n        }\n      }\n      counterclaims {\n        id\n        text\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimHistory($id: ID!) {\n    claim(id: $id) {\n      id\n      history(last: 30) {\n        totalCount\n        edges {\n          node {\n            revision\n            at\n            keyName\n            operation\n            changes(nodeId: $id, first: 1) {\n              kind\n              differences\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Argument($id: ID!) {\n    argument(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      kind\n      attackKind\n      scheme\n      rationale\n      reconstructed\n      premises {\n        id\n        text\n      }\n      conclusion {\n        id\n        text\n      }\n      targetArgument {\n        id\n      }\n      assertions {\n        id\n        quote\n        actor {\n          id\n          name\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArgumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provision($id: ID!) {\n    provision(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      name\n      kind\n      citation\n      summary\n      partOf {\n        id\n        name\n        citation\n      }\n      parts {\n        id\n        name\n        citation\n      }\n      citedBy {\n        role\n        note\n        claim {\n          id\n          text\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProvisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Actor($id: ID!) {\n    actor(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      name\n      kind\n      description\n      mergedFrom\n      affiliations {\n        role\n        organization {\n          id\n          name\n        }\n      }\n      assertions {\n        id\n        quote\n        date\n        claim {\n          id\n          text\n        }\n        argument {\n          id\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Source($id: ID!) {\n    source(id: $id) {\n      id\n      history(last: 1) {\n        edges {\n          node {\n            revision\n          }\n        }\n      }\n      title\n      kind\n      publisher\n      author\n      publishedAt\n      url\n      assertions {\n        id\n        quote\n        date\n        actor {\n          id\n          name\n        }\n        claim {\n          id\n          text\n        }\n        argument {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Issue($id: ID!, $semantics: Semantics!, $scenario: ScenarioInput) {\n    issue(id: $id) {\n      id\n      question\n      positions {\n        stance\n        claim {\n          id\n          text\n          kind\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n      verdict(semantics: [$semantics], scenario: $scenario) {\n        semantics\n        answer\n        positions {\n          position {\n            claim {\n              id\n            }\n          }\n          status {\n            label\n            excluded\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').IssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Expand($id: ID!) {\n    claim(id: $id) {\n      id\n      supportedBy {\n        id\n        scheme\n        premises {\n          id\n          text\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n      attackedBy {\n        id\n        attackKind\n        premises {\n          id\n          text\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ExpandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evaluation(\n    $mapId: ID!\n    $semantics: Semantics\n    $scenario: ScenarioInput\n    $rootId: ID\n    $depth: Int\n    $atRevision: Int\n    $after: String\n  ) {\n    evaluation(mapId: $mapId, semantics: $semantics, scenario: $scenario, rootId: $rootId, depth: $depth, atRevision: $atRevision) {\n      revision\n      counts {\n        in\n        out\n        undec\n      }\n      claims(first: 100, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n          }\n          status {\n            label\n            excluded\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimIds($mapId: ID!, $where: ClaimWhere, $after: String) {\n    claims(mapId: $mapId, where: $where, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($mapId: ID!, $text: String!) {\n    search(mapId: $mapId, text: $text, first: 10) {\n      score\n      snippet\n      node {\n        __typename\n        id\n        ... on Claim {\n          text\n        }\n        ... on Actor {\n          name\n        }\n        ... on Provision {\n          name\n          citation\n        }\n        ... on Assertion {\n          quote\n          claim {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Filters($mapId: ID!) {\n    map(id: $mapId) {\n      id\n      name\n      description\n      visibility\n      currentRevision\n      updatedAt\n      claimCount\n      argumentCount\n      myRole\n    }\n    currentRevision(mapId: $mapId)\n    issues(mapId: $mapId, first: 1) {\n      edges {\n        node {\n          id\n          question\n          positions {\n            stance\n            claim {\n              id\n            }\n          }\n        }\n      }\n    }\n    actors(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    sources(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    provisions(mapId: $mapId, first: 100) {\n      edges {\n        node {\n          id\n          name\n          citation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FiltersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentRevision($mapId: ID!) {\n    currentRevision(mapId: $mapId)\n  }\n"): typeof import('./graphql.js').CurrentRevisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Changes($mapId: ID!, $afterRevision: Int) {\n    changes(mapId: $mapId, afterRevision: $afterRevision) {\n      revision\n      at\n      operation\n      keyName\n      ids\n    }\n  }\n"): typeof import('./graphql.js').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClaim($mapId: ID!, $input: CreateClaimInput!) {\n    createClaim(mapId: $mapId, input: $input) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql.js').CreateClaimDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArgument($mapId: ID!, $input: CreateArgumentInput!) {\n    createArgument(mapId: $mapId, input: $input) {\n      id\n      kind\n    }\n  }\n"): typeof import('./graphql.js').CreateArgumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssertion($mapId: ID!, $input: AddAssertionInput!) {\n    addAssertion(mapId: $mapId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').AddAssertionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CiteProvision($mapId: ID!, $input: CiteProvisionInput!) {\n    citeProvision(mapId: $mapId, input: $input) {\n      role\n      provision {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').CiteProvisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains($mapId: ID!, $fromId: ID!, $toId: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    argumentChains(mapId: $mapId, fromId: $fromId, toId: $toId, maxLength: 6, first: 20, atRevision: $atRevision) {\n      length\n      arguments {\n        id\n        kind\n        attackKind\n        scheme\n        premises {\n          id\n          shortLabel\n          text\n        }\n        undercutBy {\n          id\n          premises {\n            id\n            shortLabel\n          }\n        }\n      }\n      claims {\n        id\n        text\n        shortLabel\n        status(semantics: $semantics, scenario: $scenario) {\n          label\n          excluded\n        }\n        assertions {\n          id\n          quote\n          actor {\n            id\n            name\n          }\n          source {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Justification($id: ID!, $atRevision: Int, $semantics: Semantics, $scenario: ScenarioInput) {\n    claim(id: $id, atRevision: $atRevision) {\n      id\n      text\n      shortLabel\n      status(semantics: $semantics, scenario: $scenario) {\n        label\n        excluded\n      }\n      justification(semantics: $semantics, scenario: $scenario) {\n        label\n        sentences\n        truncated\n        steps {\n          argumentId\n          kind\n          attackKind\n          premiseIds\n          conclusionId\n          targetArgumentId\n          label\n          failedPremiseId\n          undercutById\n          rejectedByScenario\n          depth\n          sentence\n        }\n        claims {\n          claimId\n          label\n          shortLabel\n          text\n          speakers\n          unattacked\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').JustificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimQuotes($id: ID!) {\n    claim(id: $id) {\n      id\n      assertions {\n        id\n        quote\n        actor {\n          id\n          name\n        }\n        source {\n          id\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ClaimQuotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Maps($after: String) {\n    maps(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          visibility\n          currentRevision\n          updatedAt\n          claimCount\n          argumentCount\n          myRole\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Map($id: ID!) {\n    map(id: $id) {\n      id\n      name\n      description\n      visibility\n      currentRevision\n      updatedAt\n      claimCount\n      argumentCount\n      myRole\n    }\n  }\n"): typeof import('./graphql.js').MapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapClaims($mapId: ID!) {\n    claims(mapId: $mapId, first: 30) {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          kind\n          supportedBy {\n            id\n          }\n          attackedBy {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').MapClaimsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
