/** Notes (the classic yellow cell notes) and threaded comments attached to single cells. */

export interface NoteModel {
  row: number;
  column: number;
  content: string;
  authorName: string;
  visible: boolean;
  width: number;
  height: number;
  deleted: boolean;
}

export interface CommentModel {
  id: string;
  row: number;
  column: number;
  content: string;
  authorName: string;
  authorEmail: string;
  creationDate: Date;
  resolved: boolean;
  deleted: boolean;
}
