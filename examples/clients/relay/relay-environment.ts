// relay-runtime with the network layer Relay asks for; the schema to compile against is
// schema.graphql, which has the Node interface, node(id:) and full PageInfo Relay expects.
// In your app: npm install relay-runtime, npm install -D relay-compiler.
import { Environment, Network, RecordSource, Store, type FetchFunction, type GraphQLResponse } from 'relay-runtime';

export function createRelayEnvironment(url: string): Environment {
  const fetchGraph: FetchFunction = async (operation, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.text, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return new Environment({ network: Network.create(fetchGraph), store: new Store(new RecordSource()) });
}
