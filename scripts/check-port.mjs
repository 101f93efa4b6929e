// `npm start` runs this first: a taken port fails here in a moment, with a
// way out, rather than after the build with a stack trace. The port is the
// one demo/dev-server.config.mjs serves on: PORT, else 8000.
import { createServer } from 'node:net';

const port = Number(process.env.PORT) || 8000;
const server = createServer();
server.once('error', (error) => {
  if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
    console.error(
      `Port ${port} is ${error.code === 'EADDRINUSE' ? 'already in use' : 'not allowed for this user'}.\n` +
        `Stop what is using it, or choose another port: PORT=8080 npm start`,
    );
  } else {
    console.error(`Cannot serve on port ${port}: ${error.message}`);
  }
  process.exit(1);
});
// Listen as the dev server will (every interface), then let go of the port for it.
server.listen(port, () => server.close());
