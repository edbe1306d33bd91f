import { container, workflow } from 'tiphys';

export default workflow({
  generateName: 'sidecar-',
  entrypoint: container({
    name: 'sidecar-example',
    image: 'alpine:3.23',
    command: ['sh', '-c'],
    args: [
      " apk update && apk add curl && until curl -XPOST 'http://127.0.0.1:8086/query' --data-urlencode 'q=CREATE DATABASE mydb' ; do sleep .5; done && for i in $(seq 1 20); do curl -XPOST 'http://127.0.0.1:8086/write?db=mydb' -d \"cpu,host=server01,region=uswest load=$i\" ; sleep .5 ; done ",
    ],
    // Runs beside the main container, and is killed when it completes.
    sidecars: [{ name: 'influxdb', image: 'influxdb:1.2', command: ['influxd'] }],
  }),
});
