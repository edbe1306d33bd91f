import { artifact, container, secretKey, workflow } from 'tiphys';

const headers = [{ name: 'CustomHeader', value: 'CustomValue' }];

const main = container({
  name: 'input-output-artifact-webhdfs-example',
  image: 'debian:latest',
  inputs: {
    'my-art': artifact({
      path: '/my-artifact',
      http: {
        url: 'https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=OPEN',
        auth: {
          oauth2: {
            clientIDSecret: secretKey('oauth-sec', 'clientID'),
            clientSecretSecret: secretKey('oauth-sec', 'clientSecret'),
            tokenURLSecret: secretKey('oauth-sec', 'tokenURL'),
            scopes: ['some', 'scopes'],
            endpointParams: [{ key: 'customkey', value: 'customvalue' }],
          },
        },
        headers,
      },
    }),
  },
  outputs: {
    'my-art2': artifact({
      path: '/my-artifact',
      http: {
        url: 'https://mywebhdfsprovider.com/webhdfs/v1/file.txt?op=CREATE&overwrite=true',
        auth: {
          clientCert: {
            clientCertSecret: secretKey('cert-sec', 'certificate.pem'),
            clientKeySecret: secretKey('cert-sec', 'key.pem'),
          },
        },
        headers,
      },
    }),
  },
  command: ['sh', '-c'],
  args: ['cat /my-artifact'],
});

export default workflow({
  generateName: 'input-output-artifact-webhdfs-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  entrypoint: main,
});
