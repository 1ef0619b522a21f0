import { fetchQuery, getSelector, type SingularReaderSelector } from 'relay-runtime';
import SeriesCreditsPaginationQuery from '../../../examples/clients/relay/__generated__/SeriesCreditsPaginationQuery.graphql';
import SeriesCreditsQuery, {
  type SeriesCreditsQuery as SeriesCreditsQueryType,
} from '../../../examples/clients/relay/__generated__/SeriesCreditsQuery.graphql';
import SeriesCreditsFragment, {
  type SeriesCredits_work$data,
} from '../../../examples/clients/relay/__generated__/SeriesCredits_work.graphql';
import { createRelayEnvironment } from '../../../examples/clients/relay/relay-environment';
import { startTestServer, type TestServer } from '../../helpers/test-graph';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

const SERIES = 'love-in-the-big-city-series';

test("a @connection compiled by relay-compiler pages through the series' credits in Relay's store", async () => {
  const environment = createRelayEnvironment(`${server.url}/graphql`);
  const data = await fetchQuery<SeriesCreditsQueryType>(environment, SeriesCreditsQuery, { id: SERIES }).toPromise();
  expect(data?.work?.title).toBe('Love in the Big City');
  const selector = getSelector(SeriesCreditsFragment, data?.work ?? null) as SingularReaderSelector;
  const read = () =>
    environment.lookup(selector).data as unknown as SeriesCredits_work$data & {
      credits: { pageInfo: { endCursor: string | null; hasNextPage: boolean } };
    };
  const firstPage = read().credits;
  expect(firstPage.edges).toHaveLength(4);
  expect(firstPage.pageInfo.hasNextPage).toBe(true);

  await fetchQuery(environment, SeriesCreditsPaginationQuery, {
    id: SERIES,
    count: 4,
    cursor: firstPage.pageInfo.endCursor,
  }).toPromise();
  const merged = read().credits;
  const ids = (merged.edges ?? []).map((edge) => edge?.node?.id);
  expect(ids).toHaveLength(8);
  expect(new Set(ids).size).toBe(8);
  expect(ids.slice(0, 4)).toEqual((firstPage.edges ?? []).map((edge) => edge?.node?.id));
  expect(merged.totalCount).toBeGreaterThan(8);
});
