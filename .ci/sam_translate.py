#!/usr/bin/env python3
"""Transforms template.yaml with the AWS SAM translator (the library CloudFormation runs), offline.

Usage: python3 .ci/sam_translate.py template.yaml [output.json]
Exit status 0 when the translation succeeds; otherwise the translator's errors on stderr and status 1.
Managed policies are resolved by a stand-in loader: the template uses none by name (inline statements only),
so no AWS account or network is needed.
"""
import json
import os
import sys

from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.managed_policy_translator import ManagedPolicyLoader
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class OfflinePolicyLoader(ManagedPolicyLoader):
    """Answers any managed-policy name with a well-formed ARN instead of asking IAM."""

    def __init__(self):
        super().__init__(iam_client=None)

    def load(self):
        return {"AWSLambdaBasicExecutionRole":
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}


def package_like_sam(template):
    """`sam deploy` uploads local CodeUri paths and puts S3 URIs in their place before the transform runs."""
    def to_s3(section):
        uri = section.get("CodeUri")
        if isinstance(uri, str) and not uri.startswith("s3://"):
            section["CodeUri"] = "s3://packaged-by-sam/" + uri
    to_s3(template.get("Globals", {}).get("Function", {}))
    for resource in template.get("Resources", {}).values():
        if resource.get("Type") == "AWS::Serverless::Function":
            to_s3(resource.get("Properties", {}))


def main(argv):
    # The translator asks boto for a region to fill in pseudo parameters; any region will do offline.
    os.environ.setdefault("AWS_DEFAULT_REGION", "eu-central-1")
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        template = yaml_parse(f.read())
    package_like_sam(template)
    try:
        output = transform(template, {}, OfflinePolicyLoader())
    except InvalidDocumentException as e:
        for cause in e.causes:
            print("SAM translator: " + cause.message, file=sys.stderr)
        return 1
    resources = output.get("Resources", {})
    if len(argv) > 2:
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(output, f, indent=2, default=str)
    print(f"SAM translation ok: {len(resources)} CloudFormation resources")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
