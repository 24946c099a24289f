package nl.intervisie.local.bench;

/** The floor of the cold-start benchmark: a JVM that starts, prints one line and ends. */
public final class HelloWorld {
    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("RESPONSE 200 parse=0 init=0 invoke=0");
    }
}
