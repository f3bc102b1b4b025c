/** The floor every lookup is measured against: a JVM that starts, prints a line and exits. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
