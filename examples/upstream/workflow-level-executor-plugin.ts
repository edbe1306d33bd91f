import { plugin, workflow } from 'tiphys';

/** The plugin's server, a Python script run as the sidecar of every workflow pod. */
const server = "import json\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\n\nclass Plugin(BaseHTTPRequestHandler):\n    def args(self):\n        return json.loads(self.rfile.read(int(self.headers.get(\"Content-Length\"))))\n\n    def reply(self, reply):\n        self.send_response(200)\n        self.end_headers()\n        self.wfile.write(json.dumps(reply).encode(\"UTF-8\"))\n\n    def unsupported(self):\n        self.send_response(404)\n        self.end_headers()\n\n    def do_POST(self):\n        if self.path == \"/api/v1/template.execute\":\n            args = self.args()\n            if \"workflowLevelHello\" in args[\"template\"].get(\"plugin\", {}):\n                self.reply({\n                    \"node\": {\n                        \"phase\": \"Succeeded\",\n                        \"message\": \"Hello from a workflow-level executor plugin!\"\n                    }\n                })\n            else:\n                self.reply({})\n        else:\n            self.unsupported()\n\nif __name__ == \"__main__\":\n    httpd = HTTPServer((\"\", 4356), Plugin)\n    httpd.serve_forever()\n";

export default workflow({
  generateName: 'workflow-level-executor-plugin-',
  labels: { 'workflows.argoproj.io/no-test': 'environment' },
  patch: {
    executorPlugins: [
      {
        metadata: { name: 'workflow-level-hello-executor-plugin' },
        spec: {
          sidecar: {
            container: {
              name: 'workflow-level-hello-executor-plugin',
              image: 'python:alpine3.23',
              command: ['python', '-c'],
              args: [server],
              ports: [{ containerPort: 4356 }],
              resources: { limits: { cpu: '200m', memory: '64Mi' }, requests: { cpu: '100m', memory: '32Mi' } },
              securityContext: {
                allowPrivilegeEscalation: false,
                capabilities: { drop: ['ALL'] },
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
              },
            },
          },
        },
      },
    ],
  },
  // Run by the plugin above: it answers templates whose `plugin` names `workflowLevelHello`.
  entrypoint: plugin({ name: 'main', plugin: { workflowLevelHello: {} } }),
});
