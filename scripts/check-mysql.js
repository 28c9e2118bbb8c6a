// Fails fast, with a hint, when the MySQL-compatible server (MariaDB here) the
// store tests need is unreachable. Backstage's TestDatabases wants a user with
// a password in BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING; when that
// user does not exist yet and the server lets `root` in without a password
// (as the local MariaDB does), this creates it.
const mysql = require('mysql2/promise');

const url = new URL(
  process.env.BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING,
);
const connect = (user, password) =>
  mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user,
    password,
    connectTimeout: 5000,
  });

async function main() {
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  let connection = await connect(user, password).catch(() => undefined);
  if (!connection) {
    const root = await connect('root', '');
    await root.query('CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?', [
      user,
      '%',
      password,
    ]);
    await root.query('GRANT ALL PRIVILEGES ON *.* TO ?@?', [user, '%']);
    await root.end();
    console.error(`[test] created the MySQL user ${user} for the tests`);
    connection = await connect(user, password);
  }
  const [[{ version }]] = await connection.query('select version() as version');
  console.error(`[test] MySQL-compatible server ${version}`);
  await connection.end();
}

main().catch(error => {
  console.error(
    `[test] cannot reach MySQL/MariaDB at ${url.host}: ${error.message}\n` +
      '       Start it (e.g. start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)\n' +
      '       or point BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING at a server you can use.',
  );
  process.exit(1);
});
