#!/usr/bin/env python3
"""Copies FiNUM's flow files and adapts the copy mechanically for Redocly Respect, which cannot run
the shipped files unchanged. Every change, counted per file on standard error:

1. `format` is removed from workflow input schemas (Respect aborts on it).
2. Credentials: every operation step gets Respect's `x-security` with the consumer JWT given on
   the command line (Respect sends credentials only through its own extension); steps marked
   `x-conformance-auth` (missing or bad credentials) get none and lose the marker.
3. Criteria whose condition contains `!` or parentheses are dropped (Respect refuses them).
4. A step that waits for a callback (`x-conformance-await-callback`, which Respect cannot receive)
   becomes a poll of `listContracts` for the same contract until it shows the status the callback
   announces (retry every 0.5 s, at most 60 times); `$request.body#/changedAt` and `/id` outputs read
   the contract's `updatedAt` and `id` instead.
5. Well-known inputs the runner supplies get defaults: `runId` unique per workflow, `epoch` and
   `farFuture` as the runner gives them, and a loopback `callbackUrl` nobody listens on.

Usage: adapt.py SOURCE_FLOWS_DIR TARGET_DIR TOKEN
"""
import os
import re
import sys
import uuid

import yaml

source, target, token = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(target, exist_ok=True)
counts = {}


def count(name):
    counts[name] = counts.get(name, 0) + 1


def strip_format(node):
    if isinstance(node, dict):
        if 'format' in node and isinstance(node['format'], str):
            del node['format']
            count('format removed')
        for value in node.values():
            strip_format(value)
    elif isinstance(node, list):
        for value in node:
            strip_format(value)


def keep(criterion):
    condition = str(criterion.get('condition', '')) if isinstance(criterion, dict) else str(criterion)
    if criterion.get('type') in ('regex', 'jsonpath') if isinstance(criterion, dict) else False:
        return True
    if '!' in condition.replace('!=', '') or '(' in condition or ')' in condition:
        count('criteria dropped (! or parentheses)')
        return False
    return True


def poll(step):
    wait = step.pop('x-conformance-await-callback')
    status = None
    for criterion in step.get('successCriteria', []):
        found = re.search(r'\$request\.body#/status == (\d+)', str(criterion.get('condition', '')))
        if found:
            status = found.group(1)
    step['operationId'] = 'listContracts'
    step['parameters'] = [{'name': 'id-list', 'in': 'query', 'value': wait['equals']}]
    step['successCriteria'] = [{'condition': '$statusCode == 200'}] + (
        [{'condition': f'$response.body#/0/status == {status}'}] if status else [])
    step['outputs'] = {
        name: str(expression).replace('$request.body#/changedAt', '$response.body#/0/updatedAt').replace('$request.body#/id', '$response.body#/0/id')
        for name, expression in (step.get('outputs') or {}).items()
    }
    step['onFailure'] = [{'name': 'poll', 'type': 'retry', 'retryAfter': 0.5, 'retryLimit': 60}]
    count('callback waits turned into polls')


for name in sorted(os.listdir(source)):
    if not name.endswith('.arazzo.yaml'):
        continue
    with open(os.path.join(source, name), encoding='utf-8') as handle:
        document = yaml.safe_load(handle)
    for workflow in document.get('workflows', []):
        strip_format(workflow.get('inputs'))
        properties = (workflow.get('inputs') or {}).get('properties') or {}
        if 'runId' in properties:
            properties['runId']['default'] = f"respect{uuid.uuid4().hex[:12]}"
            count('runId default')
        for known, value in (('epoch', '1970-01-01T00:00:00Z'), ('farFuture', '2999-12-31T23:59:59Z')):
            if known in properties:
                properties[known]['default'] = value
                count(f'{known} default')
        if 'callbackUrl' in properties:
            properties['callbackUrl']['default'] = 'http://127.0.0.1:9/callbacks'
            count('callbackUrl default')
        for step in workflow.get('steps', []):
            if 'x-conformance-await-callback' in step:
                poll(step)
            for key in ('successCriteria',):
                if key in step:
                    step[key] = [c for c in step[key] if keep(c)]
            for key in ('onSuccess', 'onFailure'):
                for action in step.get(key, []) or []:
                    if 'criteria' in action:
                        action['criteria'] = [c for c in action['criteria'] if keep(c)]
            if 'x-conformance-auth' in step:
                del step['x-conformance-auth']
                count('steps without credentials')
            elif 'operationId' in step:
                step['x-security'] = [{'schemeName': 'consumerJwt', 'values': {'token': token}}]
                count('x-security added')
    with open(os.path.join(target, name), 'w', encoding='utf-8') as handle:
        yaml.safe_dump(document, handle, sort_keys=False, allow_unicode=True, width=120)

for change, n in sorted(counts.items()):
    print(f'{n:5d}  {change}', file=sys.stderr)
