import { steps, workflow } from 'tiphys';
import { client, influxdb } from '../lib/influxdb.js';

export default workflow({
  generateName: 'daemon-step-',
  entrypoint: steps('daemon-example', (s) => {
    const influx = s.step('influx', influxdb, {});
    const ip = influx.ip;
    s.step('init-database', client, {
      cmd: `curl -XPOST 'http://${ip}:8086/query' --data-urlencode "q=CREATE DATABASE mydb"`,
    });
    s.parallel((p) => {
      p.step('producer-1', client, {
        cmd: `for i in $(seq 1 10); do curl -XPOST 'http://${ip}:8086/write?db=mydb' -d "cpu,host=server01,region=uswest load=$i" ; sleep .5 ; done`,
      });
      p.step('producer-2', client, {
        cmd: `for i in $(seq 1 10); do curl -XPOST 'http://${ip}:8086/write?db=mydb' -d "cpu,host=server02,region=uswest load=$((RANDOM % 100))" ; sleep .5 ; done`,
      });
      p.step('producer-3', client, {
        cmd: `curl -XPOST 'http://${ip}:8086/write?db=mydb' -d 'cpu,host=server03,region=useast load=15.4'`,
      });
    });
    s.step('consumer', client, {
      cmd: `curl --silent -G http://${ip}:8086/query?pretty=true --data-urlencode "db=mydb" --data-urlencode "q=SELECT * FROM cpu"`,
    });
  }),
});
