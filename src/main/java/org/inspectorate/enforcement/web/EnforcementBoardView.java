package org.inspectorate.enforcement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.inspectorate.enforcement.application.ActionRecord;
import org.inspectorate.enforcement.application.Board;
import org.inspectorate.enforcement.application.CaseRow;
import org.inspectorate.enforcement.application.EnforcementQueries;
import org.inspectorate.enforcement.domain.Stage;
import org.inspectorate.shared.web.PagedLazyModel;

/** The case board: open cases by stage and age at stage, overdue clocks, and the cases, oldest at stage first. */
@Named
@ViewScoped
public class EnforcementBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnforcementQueries queries;

    private Board board;
    private List<ActionRecord> overdue;
    private Stage stage;
    private PagedLazyModel<CaseRow> rows;

    @PostConstruct
    void init() {
        board = queries.board();
        overdue = queries.overdueActions(20);
        rows = new PagedLazyModel<>(() -> queries.boardCount(stage), p -> queries.boardList(stage, p),
                r -> String.valueOf(r.id()));
    }

    public List<String> getAgeBands() {
        return Board.AGE_BANDS;
    }

    public Board getBoard() { return board; }
    public List<ActionRecord> getOverdue() { return overdue; }
    public Stage getStage() { return stage; }
    public void setStage(Stage v) { stage = v; }
    public PagedLazyModel<CaseRow> getRows() { return rows; }
}
