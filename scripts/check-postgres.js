// Fails fast, with a hint, when the PostgreSQL server the store tests need is
// unreachable, instead of letting the test runner silently skip it.
const { Client } = require('pg');

const url = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const client = new Client({
  connectionString: url,
  connectionTimeoutMillis: 5000,
});
client
  .connect()
  .then(() => client.query('select version()'))
  .then(result => {
    console.error(`[test] ${result.rows[0].version.split(',')[0]}`);
    return client.end();
  })
  .catch(error => {
    console.error(
      `[test] cannot reach PostgreSQL at ${url}: ${error.message}\n` +
        '       Start it (e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)\n' +
        '       or point BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING at a server you can use.',
    );
    process.exit(1);
  });
