package nl.intervisie.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * template.yaml checked offline with the tools CloudFormation's own checks are built on: cfn-lint, and the
 * AWS SAM translator (Python samtranslator, through .ci/sam_translate.py). `.ci/run` makes sure both exist;
 * a machine without them fails here rather than skipping the check.
 */
class TemplateToolsTest {
    private record Result(int exit, String output) {
    }

    private static Result run(String hint, String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(TestServer.ROOT.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command[0] + " is not installed: " + hint);
            throw e;
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 120 s");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void cfnLintFindsNothing() throws Exception {
        Result version = run("pip install cfn-lint (.ci/run installs it)", "cfn-lint", "--version");
        assertEquals(0, version.exit(), "cfn-lint --version: " + version.output());
        Result lint = run("pip install cfn-lint", "cfn-lint", "template.yaml");
        assertEquals(0, lint.exit(), "cfn-lint template.yaml:\n" + lint.output());
    }

    @Test
    void theSamTranslatorTransformsTheTemplate() throws Exception {
        String hint = "python3 with the aws-sam-translator package is needed (.ci/run installs it)";
        Result module = run(hint, "python3", "-c", "import samtranslator");
        assertEquals(0, module.exit(), hint + ":\n" + module.output());
        Result translate = run(hint, "python3", ".ci/sam_translate.py", "template.yaml");
        assertEquals(0, translate.exit(), "SAM translation of template.yaml failed:\n" + translate.output());
        assertEquals(List.of(), translate.output().lines().filter(l -> !l.startsWith("SAM translation ok")).toList(),
                "the translator printed warnings");
    }
}
