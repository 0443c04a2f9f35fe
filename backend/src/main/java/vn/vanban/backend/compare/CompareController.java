package vn.vanban.backend.compare;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.backend.search.InvalidQueryException;
import vn.vanban.indexer.access.Audience;
import vn.vanban.indexer.compare.CompareService;
import vn.vanban.indexer.compare.Comparison;

/**
 * {@code GET /api/compare?keys=A,B[,C]}: the indexer's comparison as it stands (the CLI prints the
 * same record). Its errors become problem details in {@code ApiProblems}.
 */
@RestController
class CompareController {

    private final CompareService compare;

    CompareController(CompareService compare) {
        this.compare = compare;
    }

    @GetMapping("/api/compare")
    Comparison compare(@RequestParam String keys, Audience audience) {
        List<String> list = Arrays.stream(keys.split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
        // Checked here too so the answer is a 400 with our wording, not whatever the service throws.
        if (list.size() < 2 || list.size() > 3) {
            throw new InvalidQueryException(
                    "Cần 2 hoặc 3 khóa văn bản / keys=A,B[,C] takes 2 or 3 keys, got " + list.size());
        }
        return compare.compare(list, audience);
    }
}
