import net from "net";

/**
 * A TCP proxy on 127.0.0.1 that forwards to the exchange and, for a share of connections, cuts
 * the client off after the request has gone through but before the answer arrives: the case
 * where the exchange stored a submission and the client never heard of it.
 */
export async function startCuttingProxy(
  target: () => number,
  cutShare: number,
  next: () => number
): Promise<{ port: number; cuts: () => number; close: () => Promise<void> }> {
  let cuts = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    const upstream = net.connect(target(), "127.0.0.1");
    sockets.add(upstream);
    const cut = next() < cutShare;
    client.pipe(upstream);
    upstream.on("data", (chunk) => {
      if (cut) {
        cuts++;
        client.destroy();
        upstream.destroy();
      } else {
        client.write(chunk);
      }
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    upstream.on("end", () => client.end());
    upstream.on("error", end);
    client.on("error", end);
    client.on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cuts: () => cuts,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
