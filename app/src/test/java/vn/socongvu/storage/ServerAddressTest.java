package vn.socongvu.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.socongvu.common.ValidationException;

class ServerAddressTest {
    @Test
    void readsTheAddressWithAndWithoutAPort() {
        ServerAddress a = ServerAddress.parse("postgresql://192.168.1.10/socongvu?user=vanthu");
        assertEquals(new ServerAddress("192.168.1.10", 5432, "socongvu", "vanthu"), a);
        ServerAddress b = ServerAddress.parse("  jdbc:postgresql://may-chu.ubnd.local:6543/so_cong_vu?user=lanh.dao ");
        assertEquals(new ServerAddress("may-chu.ubnd.local", 6543, "so_cong_vu", "lanh.dao"), b);
        assertEquals(new ServerAddress("[::1]", 5432, "db", "u"), ServerAddress.parse("postgresql://[::1]/db?user=u"));
    }

    @Test
    void writesTheSameFormWithoutThePasswordAndReadsItBack() {
        ServerAddress a = new ServerAddress("192.168.1.10", 5432, "socongvu", "vanthu");
        assertEquals("postgresql://192.168.1.10/socongvu?user=vanthu", a.toString());
        ServerAddress b = new ServerAddress("localhost", 55432, "thu-nghiem", "nguyen.van@xa");
        assertEquals("postgresql://localhost:55432/thu-nghiem?user=nguyen.van%40xa", b.toString());
        assertEquals(b, ServerAddress.parse(b.toString()));
        assertEquals("jdbc:postgresql://localhost:55432/thu-nghiem?ApplicationName=SoCongVu", b.jdbcUrl());
    }

    @Test
    void folderNameIsSafeOnEverySystem() {
        assertEquals("192.168.1.10_5432_socongvu", ServerAddress.parse("postgresql://192.168.1.10/socongvu?user=a")
                .folderName());
        assertEquals("___1__5432_d_-li_u", new ServerAddress("[::1]", 5432, "dữ-liệu", "u").folderName());
    }

    @Test
    void refusesWhatIsNotAnAddressSayingWhatTheFormIs() {
        assertMessage("http://192.168.1.10/socongvu?user=a", "không đúng dạng", "postgresql://MÁY_CHỦ");
        assertMessage("postgresql://192.168.1.10?user=a", "không đúng dạng");
        assertMessage("postgresql:///socongvu?user=a", "thiếu tên hoặc địa chỉ IP của máy chủ");
        assertMessage("postgresql://may chu/socongvu?user=a", "Tên máy chủ \"may chu\" không hợp lệ");
        assertMessage("postgresql://h:70000/socongvu?user=a", "Cổng \"70000\" không hợp lệ");
        assertMessage("postgresql://h:abc/socongvu?user=a", "Cổng \"abc\" không hợp lệ");
        assertMessage("postgresql://h/?user=a", "thiếu tên cơ sở dữ liệu");
        assertMessage("postgresql://h/socongvu", "thiếu tên đăng nhập");
        assertMessage("postgresql://h/socongvu?user=", "thiếu tên đăng nhập");
        assertMessage("postgresql://h/socongvu?user=a&password=b", "Không ghi mật khẩu");
        assertMessage("postgresql://h/socongvu?user=a&ssl=true", "tham số \"ssl\"");
        assertMessage("", "không đúng dạng");
    }

    private static void assertMessage(String text, String... parts) {
        ValidationException e = assertThrows(ValidationException.class, () -> ServerAddress.parse(text), text);
        assertEquals(ServerAddress.FIELD, e.errors().getFirst().field());
        for (String part : parts) {
            assertTrue(e.userMessage().contains(part), text + " → " + e.userMessage());
        }
    }
}
