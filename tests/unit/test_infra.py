"""The deployment files, checked offline (no cluster, no Docker daemon here): every manifest parses and has
what its kind needs, references resolve, GPU requests equal TP x PP, images agree everywhere, commands
are real `sluice` commands, and the dashboard only plots metrics Sluice exports."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

from cli.main import main as sluice_cli
from sluice import metrics
from sluice.queues import SAFETY_QUEUE
from sluice.settings import Settings, generation_queue

REPO = Path(__file__).resolve().parents[2]
INFRA = REPO / "infra"
K8S = INFRA / "k8s"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
CPU_IMAGE, CUDA_IMAGE = f"sluice:{VERSION}-cpu", f"sluice:{VERSION}-cuda"

KINDS = {
    "v1": {"Namespace", "ConfigMap", "Secret", "Service", "PersistentVolumeClaim"},
    "apps/v1": {"Deployment", "StatefulSet"},
    "autoscaling/v2": {"HorizontalPodAutoscaler"},
    "policy/v1": {"PodDisruptionBudget"},
    "keda.sh/v1alpha1": {"ScaledObject"},
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
def test_kubectl_kustomize_builds_both_variants():
    for folder in (K8S, K8S / "pipeline-parallel"):
        built = subprocess.run(["kubectl", "kustomize", str(folder)], capture_output=True, text=True, check=True)
        assert "kind:" in built.stdout


def test_workloads_select_their_own_pods_and_mount_what_they_define():
    claims = {m["metadata"]["name"] for m in by_kind("PersistentVolumeClaim")}
    config_maps = {m["metadata"]["name"] for m in by_kind("ConfigMap")}
    secrets = {m["metadata"]["name"] for m in by_kind("Secret")}
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
