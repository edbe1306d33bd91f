import { dag, workflow } from 'tiphys';
import { client, influxdb } from '../lib/influxdb.js';

export default workflow({
  generateName: 'dag-daemon-task-',
  labels: { 'workflows.argoproj.io/no-test': 'duration' },
  entrypoint: dag('daemon-example', (d) => {
    // Reading `influx.ip` makes a task depend on the daemon.
    const ip = d.task('influx', influxdb, {}).ip;
    const init = d.task('init-database', client, {
      cmd: `curl -XPOST 'http://${ip}:8086/query' --data-urlencode "q=CREATE DATABASE mydb"`,
    });
    const producers = [
      `for i in $(seq 1 20); do curl -XPOST 'http://${ip}:8086/write?db=mydb' -d "cpu,host=server01,region=uswest load=$i" ; sleep .5 ; done`,
      `for i in $(seq 1 20); do curl -XPOST 'http://${ip}:8086/write?db=mydb' -d "cpu,host=server02,region=uswest load=$((RANDOM % 100))" ; sleep .5 ; done`,
      `curl -XPOST 'http://${ip}:8086/write?db=mydb' -d 'cpu,host=server03,region=useast load=15.4'`,
    ].map((cmd, n) => d.task(`producer-${n + 1}`, client, { cmd }, { after: [init] }));
    d.task(
      'consumer',
      client,
      { cmd: `curl --silent -G http://${ip}:8086/query?pretty=true --data-urlencode "db=mydb" --data-urlencode "q=SELECT * FROM cpu"` },
      { after: producers },
    );
  }),
});
